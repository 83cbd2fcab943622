package dev.opstracker.export.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.ReportLine;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeReportJsonTest {

    /** Midnight on 28 March to midnight on 31 March 2026 in Berlin: the switch to summer time lies between. */
    private static final TimeRange MARCH_28_TO_31 = new TimeRange(Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-30T22:00:00Z"));

    private final TimeReportJson json = new TimeReportJson();

    private String written(List<ReportLine> lines) {
        StringWriter out = new StringWriter();
        json.write(out, Period.DAY, ExportedEntryBuilder.BERLIN, MARCH_28_TO_31, lines);
        return out.toString();
    }

    @Test
    void aReportNamesWhatItCoversWithTheZonesOffsetsThenItsBucketsThenItsTotal() {
        assertThat(written(ReportLines.acrossTheSwitch())).isEqualTo("{\"schema\":\"tracker.time-report/v1\",\"period\":\"day\","
                + "\"timezone\":\"Europe/Berlin\",\"from\":\"2026-03-28T00:00:00+01:00\",\"to\":\"2026-03-31T00:00:00+02:00\",\"lines\":["
                + "{\"bucket\":\"2026-03-28\",\"seconds\":5400,\"hours\":\"1.50\",\"billableSeconds\":5400,\"billableHours\":\"1.50\","
                + "\"roundedSeconds\":5400,\"roundedHours\":\"1.50\",\"amounts\":[{\"currency\":\"EUR\",\"amount\":\"143.25\"}],\"unpricedSeconds\":0},"
                + "{\"bucket\":\"2026-03-29\",\"seconds\":9000,\"hours\":\"2.50\",\"billableSeconds\":7200,\"billableHours\":\"2.00\","
                + "\"roundedSeconds\":8100,\"roundedHours\":\"2.25\",\"amounts\":[{\"currency\":\"EUR\",\"amount\":\"95.50\"},"
                + "{\"currency\":\"JPY\",\"amount\":\"15000\"}],\"unpricedSeconds\":900},"
                + "{\"bucket\":\"2026-03-30\",\"seconds\":1800,\"hours\":\"0.50\",\"billableSeconds\":0,\"billableHours\":\"0.00\","
                + "\"roundedSeconds\":0,\"roundedHours\":\"0.00\",\"amounts\":[],\"unpricedSeconds\":0}],"
                + "\"total\":{\"seconds\":16200,\"hours\":\"4.50\",\"billableSeconds\":12600,\"billableHours\":\"3.50\",\"roundedSeconds\":13500,"
                + "\"roundedHours\":\"3.75\",\"amounts\":[{\"currency\":\"EUR\",\"amount\":\"238.75\"},{\"currency\":\"JPY\",\"amount\":\"15000\"}],"
                + "\"unpricedSeconds\":900}}");
    }

    @Test
    void theReportParsesBackWithExactlyTheDocumentedFieldsAndMoneyAsStrings() throws Exception {
        JsonNode report = new ObjectMapper().readTree(written(ReportLines.acrossTheSwitch()));

        assertThat(report.properties()).extracting(Map.Entry::getKey).containsExactly("schema", "period", "timezone", "from", "to", "lines", "total");
        assertThat(report.get("lines").get(1).properties()).extracting(Map.Entry::getKey).containsExactly("bucket", "seconds", "hours",
                "billableSeconds", "billableHours", "roundedSeconds", "roundedHours", "amounts", "unpricedSeconds");
        assertThat(report.get("total").properties()).extracting(Map.Entry::getKey).containsExactly("seconds", "hours", "billableSeconds",
                "billableHours", "roundedSeconds", "roundedHours", "amounts", "unpricedSeconds");
        JsonNode yen = report.get("total").get("amounts").get(1);
        assertThat(yen.get("amount").isTextual()).isTrue();
        assertThat(yen.get("amount").asText()).isEqualTo("15000");
    }

    @Test
    void aReportWithNoTimeHasNoLinesAndAnEmptyTotal() {
        assertThat(written(List.of(ReportLines.line(null, 0, 0, 0, 0)))).endsWith("\"lines\":[],\"total\":{\"seconds\":0,\"hours\":\"0.00\","
                + "\"billableSeconds\":0,\"billableHours\":\"0.00\",\"roundedSeconds\":0,\"roundedHours\":\"0.00\",\"amounts\":[],\"unpricedSeconds\":0}}");
    }

    @Test
    void linesWithoutTheTotalLastAreRejectedBeforeAnythingIsWritten() {
        StringWriter out = new StringWriter();
        List<ReportLine> noTotal = ReportLines.acrossTheSwitch().subList(0, 3);

        assertThatThrownBy(() -> json.write(out, Period.DAY, ExportedEntryBuilder.BERLIN, MARCH_28_TO_31, noTotal))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 3 lines with 0 totals");
        assertThat(out.toString()).isEmpty();
    }
}
