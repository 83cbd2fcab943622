package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.BillingCode;
import java.time.LocalDate;

/**
 * An hourly rate from a date on, for a client, a project, an activity or a combination (null:
 * any). The most specific matching rate wins ({@link RateCard}); a rate valid from a later date
 * leaves earlier work at the rate it had, so old invoices do not change.
 */
public record HourlyRate(Money perHour, LocalDate validFrom, BillingCode client, BillingCode project, Activity activity) {

    public HourlyRate {
        requireNonNull(perHour, "perHour is null");
        requireNonNull(validFrom, "validFrom is null");
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
