package dev.opstracker.export.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows of a CSV export as they are written, through Jackson's CSV writer (the API reads
 * inventories with it too): RFC 4180, CRLF after every row, a header first, and quotes only around
 * cells that need them (a comma, quote or line break), as the tools' importers expect. Closing it
 * flushes the rows but leaves the writer open.
 */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private final SequenceWriter rows;

    private CsvRows(SequenceWriter rows) {
        this.rows = rows;
    }

    /** Starts a CSV on {@code out} with the header's row. */
    static CsvRows start(Writer out, List<String> header) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        header.forEach(column -> schema.addColumn(column, CsvSchema.ColumnType.STRING));
        try {
            return new CsvRows(CSV.writer(schema.build()).writeValues(out));
        } catch (IOException failure) {
            throw failed(failure);
        }
    }

    /** Writes one row, its cells in the header's order. */
    void write(List<String> cells) {
        try {
            rows.write(cells);
        } catch (IOException failure) {
            throw failed(failure);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException failure) {
            throw failed(failure);
        }
    }

    private static UncheckedIOException failed(IOException failure) {
        return new UncheckedIOException("the CSV export could not be written", failure);
    }
}
