package dev.opstracker.http.time;

import dev.opstracker.application.time.ExportFormat;
import dev.opstracker.application.time.ExportOptions;
import dev.opstracker.application.time.ReportRequest;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.http.shared.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query string of {@code GET /api/v1/reports/time}, read whole before a byte of the report is
 * written, so every mistake is a 400 naming its parameter and value.
 */
record ReportQuery(ReportRequest request, ExportFormat format, ExportOptions options) {

    static final Set<String> NAMES = Set.of("client", "project", "user", "task", "components", "subtree", "from", "to", "tz", "groupBy",
            "format", "rounding", "dateFormat", "timeFormat");

    static ReportQuery parse(Map<String, List<String>> query) {
        QueryParameters parameters = QueryParameters.only(query, NAMES);
        ZoneId zone = Zones.parseOrDefault("tz", parameters.single("tz"));
        // Absent: the request's own default, by month.
        Period period = parameters.single("groupBy") == null ? null : Period.parse(parameters.single("groupBy"));
        ExportFormat format = ExportFormat.parse(parameters.single("format"));
        ExportOptions options = new ExportOptions(parameters.single("dateFormat"), parameters.single("timeFormat"));
        TimeRange range = new TimeRange(boundary("from", parameters.single("from"), zone), boundary("to", parameters.single("to"), zone));
        BillingCode client = BillingCode.parseOptional("client", parameters.single("client"));
        BillingCode project = BillingCode.parseOptional("project", parameters.single("project"));
        ReportRequest request = new ReportRequest(range, zone, period, client, project, parameters.single("user"), task(parameters.single("task")),
                components(parameters.single("components")), parameters.flag("subtree"), rounding(parameters.single("rounding")));
        return new ReportQuery(request, format, options);
    }

    /** {@code time-2026-06-01-2026-12-01.csv}: the range's dates in the report's zone, the end exclusive as given. */
    String fileName() {
        ZoneId zone = request.zone();
        return "time-%s-%s.csv".formatted(LocalDate.ofInstant(request.range().from(), zone), LocalDate.ofInstant(request.range().to(), zone));
    }

    /** An ISO instant, or a date meaning its first moment in {@code zone}. */
    static Instant boundary(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, null, "a report covers a range: give from and to as dates (2026-06-01) or instants");
        }
        String value = text.strip();
        try {
            return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new DomainException.InvalidInput(field, text, "expected a date such as 2026-06-01 or an instant such as 2026-06-01T00:00:00Z");
        }
    }

    static TaskId task(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TaskId.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("task", text, "the id of a task, such as 12");
        } catch (DomainException.InvalidInput notAnId) {
            throw notAnId.renamed("task");
        }
    }

    static ComponentQuery components(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ComponentQueryParser.parse(text);
        } catch (DomainException.InvalidInput invalid) {
            throw invalid.renamed("components");
        }
    }

    /** {@code mode/minutes/scope} with an optional {@code /minimumMinutes}, such as {@code up/15/entry}. */
    private static Rounding rounding(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length < 3 || parts.length > 4) {
                throw new DomainException.InvalidInput("rounding", text, "expected mode/minutes/scope");
            }
            int minimum = parts.length == 4 ? Integer.parseInt(parts[3].strip()) : 0;
            return Rounding.of(parts[0], Integer.parseInt(parts[1].strip()), parts[2], minimum);
        } catch (DomainException.InvalidInput | NumberFormatException invalid) {
            throw new DomainException.InvalidInput("rounding", text,
                    "expected mode/minutes/scope[/minimumMinutes] such as up/15/entry: mode none, up, nearest or down; minutes 1, 6, 15 or 30;"
                            + " scope entry or day");
        }
    }
}
