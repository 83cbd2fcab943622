package dev.opstracker.export.time;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One JSON export streamed through Jackson's generator: written as it goes (nothing is built in
 * memory first), the writer left open. An export that fails half way is left unfinished, not
 * closed with brackets, so no reader takes a truncated export for a whole one.
 */
final class JsonDocument {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

    private JsonDocument() {
    }

    /** What writes the document's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(JsonGenerator json) throws IOException;
    }

    /** Writes {@code content} to {@code out} and flushes it. */
    static void write(Writer out, Content content) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            content.writeTo(json);
        } catch (IOException failure) {
            throw new UncheckedIOException("the JSON export could not be written", failure);
        }
    }
}
