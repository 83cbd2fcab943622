package dev.opstracker.export.time;

import static dev.opstracker.export.time.ExportedEntryBuilder.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import java.io.StringWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for every time entry format, vendor or our own. */
class EveryEntryFormatTest {

    private static final ZoneId BERLIN = ExportedEntryBuilder.BERLIN;
    private static final SecretMasker MASKER = SecretMasker.standard();

    static Stream<Named<BiConsumer<Writer, List<ExportedEntry>>>> formats() {
        VendorCsv vendor = new VendorCsv(BERLIN, MASKER);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("hh:mm:ss a", Locale.ROOT);
        return Stream.of(Named.of("Harvest CSV", vendor::harvest), Named.of("Toggl CSV", vendor::toggl),
                Named.of("Clockify CSV", (out, entries) -> vendor.clockify(out, entries, date, time)),
                Named.of("time entries CSV", new TimeEntriesCsv(BERLIN, MASKER)::write),
                Named.of("time entries JSON", new TimeEntriesJson(BERLIN, MASKER)::write));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void noPlantedSecretSurvivesInAnyFreeText(BiConsumer<Writer, List<ExportedEntry>> format) {
        ExportedEntry entry = anEntry().alert("creds leaked: AKIAIOSFODNN7EXAMPLE").title("rotate AKIAIOSFODNN7EXAMPLE")
                .note("password=hunter2, then AKIAIOSFODNN7EXAMPLE").tags("prod", "token=hunter2").rate("95.50", "EUR").build();
        StringWriter out = new StringWriter();

        format.accept(out, List.of(entry));

        assertThat(out.toString()).doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("hunter2").contains("AKIA****");
    }
}
