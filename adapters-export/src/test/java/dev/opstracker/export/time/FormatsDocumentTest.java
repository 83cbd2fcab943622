package dev.opstracker.export.time;

import static dev.opstracker.export.time.ExportedEntryBuilder.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.Rounding;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The formats document shows what the code writes: its headers and examples are the writers' own output. */
class FormatsDocumentTest {

    private static final SecretMasker MASKER = SecretMasker.standard();
    private static String document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = FormatsDocumentTest.class.getResourceAsStream("FORMATS-time-exports.md")) {
            assertThat(in).as("FORMATS-time-exports.md beside the export classes").isNotNull();
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ExportedEntry example() {
        return anEntry().span("2026-03-29T00:30:00Z", "2026-03-29T01:37:30Z").recordedIn("America/New_York").alert("KubePodCrashLooping")
                .note("drained node").rounded(Rounding.of("up", 15, "entry", 0)).rate("95.50", "EUR").tags("prod", "eks").build();
    }

    /** The output with CRLF as the document's LF. */
    private static String lines(StringWriter out) {
        return out.toString().replace("\r\n", "\n");
    }

    @Test
    void theEntryCsvHeaderAndExamplesAreWhatTheWriterWrites() {
        StringWriter out = new StringWriter();
        new TimeEntriesCsv(ExportedEntryBuilder.BERLIN, MASKER).write(out, List.of(example()));
        StringWriter unpriced = new StringWriter();
        new TimeEntriesCsv(ExportedEntryBuilder.BERLIN, MASKER).write(unpriced,
                List.of(anEntry().notBillable().billedTo(null, null).activity(Activity.MEETING).build()));

        assertThat(document).contains("```\n" + lines(out) + "```").contains(lines(unpriced).lines().toList().get(1) + "\n```");
    }

    @Test
    void theEntryJsonExampleIsWhatTheWriterWrites() {
        StringWriter out = new StringWriter();
        new TimeEntriesJson(ExportedEntryBuilder.BERLIN, MASKER).write(out, List.of(example()));

        assertThat(document).contains("```json\n" + out + "\n```");
    }

    @Test
    void theReportExamplesAreWhatTheWritersWrite() {
        StringWriter csv = new StringWriter();
        new TimeReportCsv().write(csv, ReportLines.acrossTheSwitch());
        StringWriter json = new StringWriter();
        new TimeReportJson().write(json, Period.DAY, ExportedEntryBuilder.BERLIN,
                new TimeRange(Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-30T22:00:00Z")), ReportLines.acrossTheSwitch());

        assertThat(document).contains("```\n" + lines(csv) + "```").contains("```json\n" + json + "\n```");
    }
}
