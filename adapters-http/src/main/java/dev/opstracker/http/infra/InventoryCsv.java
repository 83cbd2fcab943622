package dev.opstracker.http.infra;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.Tags;
import dev.opstracker.domain.shared.DomainException;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the inventory CSV {@code path,kind,provider,external_id,tags}: a header row naming the
 * columns (in any order), then one component a row. Tags are written {@code k=v;k2=v2}, a tag
 * without {@code =} has no value; an empty provider takes the parent's. A row that does not parse
 * is reported under its line number (where it starts, for quoted fields spanning lines); only a
 * bad header or broken quoting refuses the whole body.
 */
final class InventoryCsv {

    static final List<String> COLUMNS = List.of("path", "kind", "provider", "external_id", "tags");

    private static final CsvFactory FACTORY = new CsvFactory();
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String TAG_SEPARATOR = ";";

    private InventoryCsv() {
    }

    /** The rows of {@code text}, refusing more than {@code maxRows} of them. */
    static ImportRows read(String text, int maxRows) {
        ImportRows rows = new ImportRows(maxRows, "body");
        try (CsvParser parser = FACTORY.createParser(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text)) {
            Map<String, Integer> columns = null;
            for (Line line = next(parser); line != null; line = next(parser)) {
                if (line.isBlank()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(line);
                    continue;
                }
                rows.count();
                parse(line, columns, rows);
            }
            if (columns == null) {
                throw new BadRequestResponse("an inventory CSV starts with the header row " + String.join(",", COLUMNS));
            }
            return rows;
        } catch (JsonProcessingException malformed) {
            // Broken quoting swallows the rest of the body, so no row after it can be trusted.
            JsonLocation location = malformed.getLocation();
            String where = location == null ? "" : " (reading stopped at line %d)".formatted(location.getLineNr());
            throw new BadRequestResponse("the CSV body is malformed%s: %s".formatted(where, malformed.getOriginalMessage()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("reading CSV from a string failed", unreadable);
        }
    }

    /** One CSV record and the line it starts on. */
    private record Line(int number, List<String> values) {

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }

        String value(Map<String, Integer> columns, String column) {
            return values.get(columns.get(column)).strip();
        }
    }

    /** Without a schema the parser shows each record as an array of strings. */
    private static Line next(CsvParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        int number = 0;
        List<String> values = new ArrayList<>();
        for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (number == 0) {
                number = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getValueAsString(""));
        }
        return new Line(number, values);
    }

    /** Column name to index; every column must be there, once, and no other. */
    private static Map<String, Integer> header(Line line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int index = 0; index < line.values().size(); index++) {
            String name = line.values().get(index).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new DomainException.InvalidInput("header", name, "unknown column; an inventory CSV has the columns " + String.join(",", COLUMNS));
            }
            if (columns.put(name, index) != null) {
                throw new DomainException.InvalidInput("header", name, "the column appears twice");
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new DomainException.InvalidInput("header", column,
                        "the header has no column %s; an inventory CSV has the columns %s".formatted(column, String.join(",", COLUMNS)));
            }
        }
        return columns;
    }

    private static void parse(Line line, Map<String, Integer> columns, ImportRows rows) {
        int found = line.values().size();
        if (found != columns.size()) {
            rows.fail(line.number(), null, found + " columns",
                    "the row has %d columns but the header has %d (%s)".formatted(found, columns.size(), String.join(",", COLUMNS)));
            return;
        }
        try {
            String provider = line.value(columns, "provider");
            String externalId = line.value(columns, "external_id");
            rows.add(new ComponentRow(line.number(),
                    ComponentPath.parse(line.value(columns, "path")),
                    ComponentKind.parse(line.value(columns, "kind")),
                    provider.isEmpty() ? null : Provider.parse("provider", provider),
                    externalId.isEmpty() ? null : externalId,
                    tags(line.value(columns, "tags"))));
        } catch (DomainException.InvalidInput invalid) {
            rows.fail(line.number(), invalid);
        }
    }

    /** {@code k=v;k2} as a map; empty entries (a trailing {@code ;}) are ignored. */
    private static Map<String, String> tags(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String entry : text.split(TAG_SEPARATOR)) {
            if (entry.isBlank()) {
                continue;
            }
            Map.Entry<String, String> tag;
            try {
                tag = Tags.parse(entry);
            } catch (DomainException.InvalidInput badKey) {
                if (!badKey.field().equals("tags")) {
                    throw badKey;
                }
                throw new DomainException.InvalidInput("tags", entry.strip(),
                        "expected key=value or key, where a key is a letter followed by up to 62 letters, digits, '_', '.', '/' or '-'");
            }
            if (tags.put(tag.getKey(), tag.getValue()) != null) {
                throw new DomainException.InvalidInput("tags", tag.getKey(), "the tag key appears twice");
            }
        }
        return tags;
    }
}
