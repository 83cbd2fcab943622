package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.infra.ImportReport;
import java.util.List;

/** The answer to a bulk upsert: counts per outcome and, by line, why each failed row failed. */
record ImportReportResponse(
        @JsonProperty("created") int created,
        @JsonProperty("updated") int updated,
        @JsonProperty("unchanged") int unchanged,
        @JsonProperty("failed") int failed,
        @JsonProperty("failures") List<Failure> failures) {

    static ImportReportResponse from(ImportReport report) {
        return new ImportReportResponse(report.created(), report.updated(), report.unchanged(), report.failed(),
                report.failures().stream().map(Failure::from).toList());
    }

    /** {@code field} and {@code value} are null when the failure is about no single field. */
    record Failure(
            @JsonProperty("line") int line,
            @JsonProperty("field") String field,
            @JsonProperty("value") String value,
            @JsonProperty("message") String message) {

        static Failure from(ImportReport.RowFailure failure) {
            return new Failure(failure.line(), failure.field(), failure.value(), failure.message());
        }
    }
}
