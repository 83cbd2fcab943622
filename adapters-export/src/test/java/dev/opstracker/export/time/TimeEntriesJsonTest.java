package dev.opstracker.export.time;

import static dev.opstracker.export.time.ExportedEntryBuilder.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.time.Rounding;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class TimeEntriesJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TimeEntriesJson json = new TimeEntriesJson(ExportedEntryBuilder.BERLIN, SecretMasker.standard());

    /** 00:30Z to 01:37:30Z on 29 March 2026, when Berlin springs forward at 01:00Z: 1 h 7 min 30 s, up to 1.25 h at 95.50 EUR. */
    private static ExportedEntryBuilder acrossTheSwitch() {
        return anEntry().span("2026-03-29T00:30:00Z", "2026-03-29T01:37:30Z").recordedIn("America/New_York").alert("KubePodCrashLooping")
                .note("drained node").rounded(Rounding.of("up", 15, "entry", 0)).rate("95.50", "EUR").tags("prod", "eks");
    }

    private String written(ExportedEntry... entries) {
        StringWriter out = new StringWriter();
        json.write(out, List.of(entries));
        return out.toString();
    }

    @Test
    void anEntryAcrossTheSpringForwardSwitchShowsBerlinsOffsetBeforeAndAfterItAndTheZoneItWasRecordedIn() {
        assertThat(written(acrossTheSwitch().build())).isEqualTo("{\"schema\":\"tracker.time-entry/v1\",\"timezone\":\"Europe/Berlin\",\"entries\":["
                + "{\"id\":7,\"taskId\":12,\"alert\":\"KubePodCrashLooping\",\"task\":\"Fix replication\",\"user\":\"marcus\",\"client\":\"ACME\","
                + "\"project\":\"acme-k8s\",\"activity\":\"incident\",\"billable\":true,\"start\":\"2026-03-29T01:30:00+01:00\","
                + "\"end\":\"2026-03-29T03:37:30+02:00\",\"recordedZone\":\"America/New_York\",\"durationSeconds\":4050,\"hoursRounded\":\"1.25\","
                + "\"roundedSeconds\":4500,\"rounding\":{\"mode\":\"up\",\"minutes\":15,\"scope\":\"entry\",\"minimumMinutes\":0},"
                + "\"hourlyRate\":\"95.50\",\"currency\":\"EUR\",\"amount\":\"119.38\",\"note\":\"drained node\",\"tags\":[\"prod\",\"eks\"]}]}");
    }

    @Test
    void anExportOfNoEntriesHasAnEmptyEntriesArray() {
        assertThat(written()).isEqualTo("{\"schema\":\"tracker.time-entry/v1\",\"timezone\":\"Europe/Berlin\",\"entries\":[]}");
    }

    @Test
    void theDocumentParsesBackWithExactlyTheDocumentedFieldsAndMoneyAsStrings() throws Exception {
        JsonNode document = MAPPER.readTree(written(acrossTheSwitch().build(), anEntry().id(8).build()));

        assertThat(document.properties()).extracting(field -> field.getKey()).containsExactly("schema", "timezone", "entries");
        JsonNode entry = document.get("entries").get(0);
        assertThat(entry.properties()).extracting(field -> field.getKey()).containsExactly("id", "taskId", "alert", "task", "user", "client",
                "project", "activity", "billable", "start", "end", "recordedZone", "durationSeconds", "hoursRounded", "roundedSeconds", "rounding",
                "hourlyRate", "currency", "amount", "note", "tags");
        assertThat(entry.get("rounding").properties()).extracting(field -> field.getKey()).containsExactly("mode", "minutes", "scope",
                "minimumMinutes");
        assertThat(entry.get("hourlyRate").isTextual()).isTrue();
        assertThat(entry.get("amount").isTextual()).isTrue();
        assertThat(entry.get("hoursRounded").isTextual()).isTrue();
        assertThat(entry.get("id").isIntegralNumber()).isTrue();
        assertThat(document.get("entries").get(1).get("id").asLong()).isEqualTo(8);
    }

    @Test
    void anUnpricedUnroundedEntryHasNullRateCurrencyAndAmountAndNoAlertIsNull() {
        String written = written(anEntry().notBillable().billedTo(null, null).build());

        assertThat(written).contains("\"alert\":null,").contains("\"client\":null,\"project\":null,").contains("\"billable\":false,")
                .contains("\"durationSeconds\":5415,\"hoursRounded\":\"1.50\",\"roundedSeconds\":5415,"
                        + "\"rounding\":{\"mode\":\"none\",\"minutes\":1,\"scope\":\"entry\",\"minimumMinutes\":0},"
                        + "\"hourlyRate\":null,\"currency\":null,\"amount\":null,\"note\":null,\"tags\":[]}");
    }

    @Test
    void yenAmountsHaveNoMinorUnit() {
        assertThat(written(acrossTheSwitch().rate("12000", "JPY").build())).contains("\"hourlyRate\":\"12000\",\"currency\":\"JPY\",\"amount\":\"15000\"");
    }

    @Test
    void aPlantedSecretIsMaskedInTheAlertTheTaskTheNoteAndTheTags() {
        String written = written(acrossTheSwitch().alert("leak AKIAIOSFODNN7EXAMPLE").title("rotate AKIAIOSFODNN7EXAMPLE").note("password=hunter2")
                .tags("prod", "token=hunter2").build());

        assertThat(written).doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("hunter2")
                .contains("\"alert\":\"leak AKIA****\",\"task\":\"rotate AKIA****\"")
                .contains("\"note\":\"password=****\",\"tags\":[\"prod\",\"token=****\"]");
    }

    @Test
    void quotesBackslashesAndLineBreaksInTextAreEscaped() throws Exception {
        String note = "said \"stop\"\\ then\r\nrestarted";
        String written = written(acrossTheSwitch().note(note).build());

        assertThat(written).contains("\"note\":\"said \\\"stop\\\"\\\\ then\\r\\nrestarted\"");
        assertThat(MAPPER.readTree(written).get("entries").get(0).get("note").asText()).isEqualTo(note);
    }

    @Test
    void entriesAreWrittenAsTheyArriveNotCollectedFirst() {
        StringWriter out = new StringWriter();
        int count = 500;
        Iterable<ExportedEntry> stream = () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public ExportedEntry next() {
                if (next > count) {
                    throw new NoSuchElementException();
                }
                if (next == count) {
                    // Jackson flushes its buffer (8000 characters) as it fills, long before the last entry.
                    assertThat(out.getBuffer().length()).isGreaterThan(0);
                }
                return anEntry().id(next++).build();
            }
        };

        json.write(out, stream);

        assertThat(out.toString()).endsWith("]}").contains("\"id\":500,");
    }

    @Test
    void anExportThatFailsHalfWayIsLeftUnfinishedRatherThanClosed() {
        StringWriter out = new StringWriter();
        Iterable<ExportedEntry> failing = () -> new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ExportedEntry next() {
                if (given) {
                    throw new IllegalStateException("store went away");
                }
                given = true;
                return anEntry().build();
            }
        };

        assertThatThrownBy(() -> json.write(out, failing)).hasMessage("store went away");
        // The first entry whole, then nothing: no "]}" closing the entries and the document.
        assertThat(out.toString()).startsWith("{\"schema\":").endsWith("\"tags\":[]}");
    }
}
