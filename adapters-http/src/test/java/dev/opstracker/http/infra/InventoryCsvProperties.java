package dev.opstracker.http.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.application.infra.ImportReport;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The inventory CSV: generated components written as CSV (columns in any order, cells quoted as
 * needed) read back as the same rows, a row broken in one column is refused by its line naming that
 * column while the others are read, and no text makes the reader fail other than as a 400.
 */
class InventoryCsvProperties {

    private static final int MAX_ROWS = 1_000;
    private static final String PRINTABLE_ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    /** A component as a row of the CSV. */
    record Row(ComponentPath path, ComponentKind kind, Provider provider, String externalId, Map<String, String> tags) {

        Map<String, String> cells() {
            return Map.of("path", path.toString(), "kind", kind.name(), "provider", provider == null ? "" : provider.wireName(),
                    "external_id", externalId == null ? "" : externalId,
                    "tags", tags.entrySet().stream().map(tag -> tag.getValue().isEmpty() ? tag.getKey() : tag.getKey() + "=" + tag.getValue())
                            .collect(Collectors.joining(";")));
        }
    }

    @Test
    void componentsWrittenAsCsvReadBackAsTheSameRowsOnTheirLines() {
        Tries.forAll(rows(), columnOrders(), (rows, columns) -> {
            List<Integer> lines = new ArrayList<>();
            String csv = write(rows, columns, lines);

            List<ComponentRow> read = InventoryCsv.read(csv, MAX_ROWS).rows();

            assertThat(read).extracting(ComponentRow::line).containsExactlyElementsOf(lines);
            assertThat(read).extracting(row -> new Row(row.path(), row.kind(), row.provider(), row.externalId(), row.tags()))
                    .containsExactlyElementsOf(rows);
        });
    }

    @Test
    void aRowBrokenInOneColumnIsRefusedByItsLineNamingTheColumnWhileTheOthersAreRead() {
        Tries.forAll(rows(), breakages(), columnOrders(), (rows, broken, columns) -> {
            int victim = rows.size() / 2;
            List<Map<String, String>> cells = new ArrayList<>(rows.stream().map(Row::cells).toList());
            Map<String, String> changed = new LinkedHashMap<>(cells.get(victim));
            changed.put(broken.getKey(), broken.getValue());
            cells.set(victim, changed);
            List<Integer> lines = new ArrayList<>();

            ImportRows read = InventoryCsv.read(writeCells(cells, columns, lines), MAX_ROWS);

            List<ImportReport.RowFailure> failures = read.merge(new ImportReport(0, 0, 0, List.of())).failures();
            assertThat(failures).singleElement().satisfies(failure -> {
                assertThat(failure.line()).isEqualTo(lines.get(victim));
                assertThat(failure.field()).startsWith(broken.getKey().equals("external_id") ? "externalId" : broken.getKey());
            });
            assertThat(read.rows()).hasSize(rows.size() - 1);
        });
    }

    @Test
    void anyTextIsReadIntoRowsAndFailuresOrRefusedWholeAsABadRequest() {
        Tries.forAll(csvLike(), text -> {
            Throwable refused = catchThrowable(() -> InventoryCsv.read(text, MAX_ROWS));

            if (refused != null) {
                assertThat(refused).isInstanceOfAny(BadRequestResponse.class, DomainException.InvalidInput.class);
            }
        });
    }

    /** The CSV of {@code rows} with the header in {@code columns} order; {@code lines} receives the line each row starts on. */
    static String write(List<Row> rows, List<String> columns, List<Integer> lines) {
        return writeCells(rows.stream().map(Row::cells).toList(), columns, lines);
    }

    private static String writeCells(List<Map<String, String>> rows, List<String> columns, List<Integer> lines) {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        int line = 2;
        for (Map<String, String> row : rows) {
            lines.add(line);
            String written = columns.stream().map(column -> cell(row.get(column))).collect(Collectors.joining(","));
            csv.append(written).append('\n');
            line += 1 + (int) written.chars().filter(c -> c == '\n').count();
        }
        return csv.toString();
    }

    /** Quoted when it holds a comma, quote or line break, with quotes doubled. */
    private static String cell(String value) {
        return value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r') ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Gen<List<Row>> rows() {
        Gen<String> name = Gen.combine(chars("abcXYZ019", 1, 1), chars("abcdefghXYZ0123456789_.:@+=-", 0, 12), String::concat);
        Gen<ComponentPath> path = name.list(1, 4).map(ComponentPath::new);
        Gen<ComponentKind> kind = Gen.combine(chars("abcxyz", 1, 1), chars("abcxyz019-", 0, 20), (a, b) -> new ComponentKind(a + b));
        Gen<String> externalId = Gen.frequency(
                Gen.weight(7, withEmoji(Gen.strings(PRINTABLE_ASCII + "é\n", 1, 20)).filter(id -> !id.isBlank() && id.strip().equals(id))),
                Gen.weight(3, Gen.just((String) null)));
        Gen<String> tagKey = Gen.combine(chars("abcXYZ", 1, 1), chars("abcXYZ019_./-", 0, 10), String::concat);
        Gen<String> tagValue = withEmoji(Gen.strings(PRINTABLE_ASCII.replace(";", "") + "é", 0, 20)).filter(value -> value.strip().equals(value));
        Gen<Map<String, String>> tags = Gen.maps(tagKey, tagValue, 0, 4);
        Gen<Provider> provider = Gen.frequency(Gen.weight(7, Gen.of(Provider.values())), Gen.weight(3, Gen.just((Provider) null)));
        Gen<Row> row = random -> new Row(path.next(random), kind.next(random), provider.next(random), externalId.next(random), tags.next(random));
        return row.list(1, 8);
    }

    private static Gen<List<String>> columnOrders() {
        return Gen.shuffle(InventoryCsv.COLUMNS);
    }

    /** A column and a value it refuses. */
    private static Gen<Map.Entry<String, String>> breakages() {
        return Gen.of(Map.entry("path", "a//b"), Map.entry("path", "-starts-badly"), Map.entry("path", ""), Map.entry("kind", "Not A Kind"),
                Map.entry("kind", ""), Map.entry("provider", "mars"), Map.entry("tags", "1bad=x"), Map.entry("tags", "k=\u0001"),
                Map.entry("tags", "a=1;a=2"), Map.entry("path", "x/".repeat(40) + "x"));
    }

    private static Gen<String> csvLike() {
        return Gen.oneOf(Gen.anyStrings(0, 200),
                Gen.of("path,kind,provider,external_id,tags\n", "\"", ",", "\n", "\r\n", "\u0000", ";", "=", "\uFEFF", "\"\"", "path", "kind",
                        "a/b,service,aws,,k=v\n", "tags,tags\n", "\"unclosed\n").joined("", 0, 30));
    }

    /** Text with an astral character (a surrogate pair) now and then, never half of one. */
    private static Gen<String> withEmoji(Gen<String> text) {
        return Gen.combine(text, Gen.of("", "", "😀"), String::concat);
    }

    private static Gen<String> chars(String alphabet, int min, int max) {
        return Gen.strings(alphabet, min, max);
    }
}
