package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An hourly rate from a date on, for a client, a project, an activity or a combination (null:
 * any). The most specific matching rate wins ({@link RateCard}); a rate valid from a later date
 * leaves earlier work at the rate it had, so old invoices do not change. An amount is not negative,
 * has at most {@value #MAX_DECIMALS} decimal places and fewer than 16 digits before the point: what
 * every store keeps exactly.
 */
public record HourlyRate(Money perHour, LocalDate validFrom, BillingCode client, BillingCode project, Activity activity) {

    public static final int MAX_DECIMALS = 4;
    private static final int MAX_INTEGER_DIGITS = 15;

    public HourlyRate {
        requireNonNull(perHour, "perHour is null");
        requireNonNull(validFrom, "validFrom is null");
        BigDecimal amount = perHour.amount().stripTrailingZeros();
        if (amount.signum() < 0) {
            throw new DomainException.InvalidInput("perHour", perHour, "an hourly rate is not negative");
        }
        if (amount.scale() > MAX_DECIMALS) {
            throw new DomainException.InvalidInput("perHour", perHour, "an hourly rate has at most " + MAX_DECIMALS + " decimal places");
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new DomainException.InvalidInput("perHour", perHour, "an hourly rate has at most " + MAX_INTEGER_DIGITS + " digits before the point");
        }
    }

    /** Whether this rate may price work of this client, project and activity done on {@code date}. */
    boolean applies(BillingCode workClient, BillingCode workProject, Activity workActivity, LocalDate date) {
        return !validFrom.isAfter(date)
                && (client == null || client.equals(workClient))
                && (project == null || project.equals(workProject))
                && (activity == null || activity == workActivity);
    }

    /** Project over client, and either with an activity over without: a project rate for incidents beats a plain project rate. */
    int specificity() {
        return (project != null ? 4 : 0) + (client != null ? 2 : 0) + (activity != null ? 1 : 0);
    }
}
