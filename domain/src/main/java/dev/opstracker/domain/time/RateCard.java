package dev.opstracker.domain.time;

import dev.opstracker.domain.task.BillingCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The hourly rates known; picks the one that prices a piece of work. */
public record RateCard(List<HourlyRate> rates) {

    private static final Comparator<HourlyRate> PREFERRED = Comparator.comparingInt(HourlyRate::specificity)
            .thenComparing(HourlyRate::validFrom);

    public RateCard {
        rates = List.copyOf(rates);
    }

    /**
     * The rate for work of this client, project and activity on {@code date}: the most specific one
     * valid then, and among equally specific ones the latest valid; empty when none applies.
     */
    public Optional<HourlyRate> rateFor(BillingCode client, BillingCode project, Activity activity, LocalDate date) {
        return rates.stream().filter(rate -> rate.applies(client, project, activity, date)).max(PREFERRED);
    }
}
