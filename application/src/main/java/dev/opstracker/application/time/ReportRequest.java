package dev.opstracker.application.time;

import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.Rounding;
import java.time.ZoneId;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a time report or export covers and how it is cut: a range, the zone whose days bucket it and
 * the period (day, week, month), and optionally a client (and project), a user, a task, and
 * components in the filter language ({@code under:aws/eu-west-1}, {@code team=payments}: work on
 * tasks linked to them, or with {@code subtree} to anything below them). {@code rounding} null
 * rounds each client's and project's time by its own rule.
 */
public record ReportRequest(TimeRange range, ZoneId zone, Period period, BillingCode client, BillingCode project, String user, TaskId task,
        ComponentQuery components, boolean subtree, Rounding rounding) {

    public ReportRequest {
        if (range == null) {
            throw new DomainException.InvalidInput("range", null, "a report covers a range: give from and to");
        }
        if (zone == null) {
            throw new DomainException.InvalidInput("tz", null, "a report buckets days in a zone such as Europe/Berlin");
        }
        period = period == null ? Period.MONTH : period;
    }

    /** A report of everything in the range, by month in {@code zone}. */
    public static ReportRequest of(TimeRange range, ZoneId zone) {
        return new ReportRequest(range, zone, Period.MONTH, null, null, null, null, null, false, null);
    }

    public ReportRequest forClient(BillingCode code) {
        return new ReportRequest(range, zone, period, code, project, user, task, components, subtree, rounding);
    }

    /**
     * What the request covers as one line of {@code name=value} pairs, the ones given only, such as
     * {@code from=2026-11-01T00:00:00Z to=2026-12-01T00:00:00Z tz=Europe/Berlin groupBy=month client=ACME}:
     * how the audit log says what was exported.
     */
    public String summary() {
        StringJoiner line = new StringJoiner(" ");
        line.add("from=" + range.from()).add("to=" + range.to()).add("tz=" + zone.getId()).add("groupBy=" + period.wireName());
        addIfGiven(line, "client", client);
        addIfGiven(line, "project", project);
        addIfGiven(line, "user", user);
        addIfGiven(line, "task", task);
        addIfGiven(line, "components", components);
        if (subtree) {
            line.add("subtree=true");
        }
        if (rounding != null) {
            line.add("rounding=%s/%d/%s/%d".formatted(rounding.mode().name().toLowerCase(Locale.ROOT), rounding.stepMinutes(),
                    rounding.scope().name().toLowerCase(Locale.ROOT), rounding.minimumMinutes()));
        }
        return line.toString();
    }

    private static void addIfGiven(StringJoiner line, String name, Object value) {
        if (value != null) {
            line.add(name + "=" + value);
        }
    }

    public ReportRequest by(Period newPeriod) {
        return new ReportRequest(range, zone, newPeriod, client, project, user, task, components, subtree, rounding);
    }
}
