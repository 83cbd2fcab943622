package dev.opstracker.export.time;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Exported entries with defaults, so a test names only what it is about: entry 7 of task 12, Marcus
 * in Berlin, 1 h 30 min 15 s of billable incident work for ACME's acme-k8s from 22:30Z on 30 November
 * 2026, unrounded and unpriced. A rate prices the rounded time unless an amount is given.
 */
final class ExportedEntryBuilder {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private long id = 7;
    private long taskId = 12;
    private String user = "marcus";
    private Instant start = Instant.parse("2026-11-30T22:30:00Z");
    private Instant end = Instant.parse("2026-12-01T00:00:15Z");
    private ZoneId zone = BERLIN;
    private String client = "ACME";
    private String project = "acme-k8s";
    private boolean billable = true;
    private String note;
    private Activity activity = Activity.INCIDENT;
    private String alert;
    private String title = "Fix replication";
    private Long roundedSeconds;
    private Rounding rounding;
    private Money hourlyRate;
    private Money amount;
    private List<String> tags = List.of();

    private ExportedEntryBuilder() {
    }

    static ExportedEntryBuilder anEntry() {
        return new ExportedEntryBuilder();
    }

    ExportedEntryBuilder id(long value) {
        id = value;
        return this;
    }

    ExportedEntryBuilder taskId(long value) {
        taskId = value;
        return this;
    }

    ExportedEntryBuilder user(String value) {
        user = value;
        return this;
    }

    ExportedEntryBuilder span(String startUtc, String endUtc) {
        start = Instant.parse(startUtc);
        end = Instant.parse(endUtc);
        return this;
    }

    ExportedEntryBuilder recordedIn(String zoneId) {
        zone = ZoneId.of(zoneId);
        return this;
    }

    ExportedEntryBuilder billedTo(String clientCode, String projectCode) {
        client = clientCode;
        project = projectCode;
        return this;
    }

    ExportedEntryBuilder notBillable() {
        billable = false;
        return this;
    }

    ExportedEntryBuilder note(String value) {
        note = value;
        return this;
    }

    ExportedEntryBuilder activity(Activity value) {
        activity = value;
        return this;
    }

    ExportedEntryBuilder alert(String value) {
        alert = value;
        return this;
    }

    ExportedEntryBuilder title(String value) {
        title = value;
        return this;
    }

    /** Rounded by {@code rule}, which also computes the rounded seconds from the exact ones. */
    ExportedEntryBuilder rounded(Rounding rule) {
        rounding = rule;
        return this;
    }

    ExportedEntryBuilder roundedSeconds(long value) {
        roundedSeconds = value;
        return this;
    }

    ExportedEntryBuilder rate(String perHour, String currency) {
        hourlyRate = Money.of(perHour, currency);
        return this;
    }

    ExportedEntryBuilder amount(String value, String currency) {
        amount = Money.of(value, currency);
        return this;
    }

    ExportedEntryBuilder tags(String... values) {
        tags = List.of(values);
        return this;
    }

    ExportedEntry build() {
        TimeEntryDetails details = new TimeEntryDetails(TaskId.of(taskId), user, start, end, zone, client == null ? null : new BillingCode(client),
                project == null ? null : new BillingCode(project), billable, note, activity);
        Instant now = end.plusSeconds(3600);
        TimeEntry entry = new TimeEntry(TimeEntryId.of(id), details, now, now, TimeEntry.FIRST_VERSION);
        long exact = details.seconds(end);
        long rounded = roundedSeconds != null ? roundedSeconds : rounding == null ? exact : rounding.apply(exact);
        Money priced = amount != null || hourlyRate == null ? amount : hourlyRate.forSeconds(rounded);
        return new ExportedEntry(entry, alert, title, user + "@example.com", "Marcus", "Weber", rounded, rounding, hourlyRate, priced, tags);
    }
}
