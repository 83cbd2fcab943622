package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what a command found in the chosen {@link OutputFormat}: a table or a record of aligned lines for people,
 * the API's own JSON for scripts, or CSV with the table's columns. Nothing here shortens a value: a long title
 * makes a wide table rather than a wrong one.
 */
public final class Printer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();

    private final PrintWriter out;
    private final OutputFormat format;
    private final Terminal terminal;

    public Printer(PrintWriter out, OutputFormat format, Terminal terminal) {
        this.out = requireNonNull(out, "out is null");
        this.format = requireNonNull(format, "format is null");
        this.terminal = requireNonNull(terminal, "terminal is null");
    }

    public OutputFormat format() {
        return format;
    }

    /** Rows of API objects under {@code columns}; JSON prints the objects whole, as an array. */
    public void table(List<Column> columns, List<JsonNode> rows) {
        switch (format) {
            case JSON -> json(JSON.valueToTree(rows));
            case CSV -> csv(columns, rows);
            case TABLE -> aligned(columns, rows);
        }
        out.flush();
    }

    /** One API object as {@code Header: value} lines; JSON prints it whole, CSV as one row under a header. */
    public void record(List<Column> fields, JsonNode object) {
        switch (format) {
            case JSON -> json(object);
            case CSV -> csv(fields, List.of(object));
            case TABLE -> {
                int width = fields.stream().mapToInt(field -> field.header().length()).max().orElse(0);
                for (Column field : fields) {
                    out.println((terminal.bold(pad(field.header() + ":", width + 1)) + " " + oneLine(field.value().apply(object))).stripTrailing());
                }
            }
        }
        out.flush();
    }

    /**
     * What a change did: {@code message} for people; for scripts the API's answer ({@code result}) as JSON, or as CSV
     * under {@code fields}.
     */
    public void done(String message, List<Column> fields, JsonNode result) {
        switch (format) {
            case JSON -> json(result);
            case CSV -> csv(fields, List.of(result));
            case TABLE -> out.println(message);
        }
        out.flush();
    }

    private void aligned(List<Column> columns, List<JsonNode> rows) {
        List<String[]> cells = new ArrayList<>();
        int[] widths = columns.stream().mapToInt(column -> column.header().length()).toArray();
        for (JsonNode row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = oneLine(columns.get(i).value().apply(row));
                widths[i] = Math.max(widths[i], line[i].length());
            }
            cells.add(line);
        }
        String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
        out.println(terminal.bold(line(headers, widths)));
        cells.forEach(line -> out.println(line(line, widths)));
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            text.append(i == cells.length - 1 ? cells[i] : pad(cells[i], widths[i]) + "  ");
        }
        return text.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** A table row stays one line: line breaks in a value would tear the columns apart. */
    private static String oneLine(String value) {
        return value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private void json(JsonNode value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree failed to serialize", impossible);
        }
    }

    private void csv(List<Column> columns, List<JsonNode> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(column -> schema.addColumn(column.header()));
        List<List<String>> values = rows.stream().map(row -> columns.stream().map(column -> column.value().apply(row)).toList()).toList();
        try {
            out.print(CSV.writer(schema.build()).writeValueAsString(values));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
