package dev.opstracker.export.runbook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.task.TaskId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a runbook as the {@value #SCHEMA} JSON document (FORMATS-runbooks.md): every field always
 * present in a fixed order, pretty printed with two-space indents and LF, ending with a newline.
 * The same runbook gives the same bytes, so versions in the archive diff line by line.
 */
public final class JsonRunbookWriter {

    /** The schema id the document starts with. */
    public static final String SCHEMA = "tracker.runbook/v1";

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Writes the document to {@code out}, flushed and left open. */
    public void write(Writer out, Runbook runbook) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            writeRunbook(json, runbook);
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException("runbook " + runbook.slug() + " could not be written as JSON", failure);
        }
    }

    /** The document as a string. */
    public String render(Runbook runbook) {
        StringWriter out = new StringWriter();
        write(out, runbook);
        return out.toString();
    }

    /** A new printer per document: Jackson's printer keeps the nesting depth while it writes. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void writeRunbook(JsonGenerator json, Runbook runbook) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeStringField("slug", runbook.slug().value());
        json.writeStringField("title", runbook.title());
        json.writeStringField("purpose", runbook.purpose());
        json.writeObjectFieldStart("scope");
        strings(json, "alertNames", List.copyOf(runbook.scope().alertNames()));
        strings(json, "componentKinds", List.copyOf(runbook.scope().componentKinds()));
        json.writeObjectFieldStart("tags");
        for (Map.Entry<String, String> tag : runbook.scope().tags().entrySet()) {
            json.writeStringField(tag.getKey(), tag.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        strings(json, "prerequisites", runbook.prerequisites());
        json.writeArrayFieldStart("variables");
        for (RunbookVariable variable : runbook.variables()) {
            json.writeStartObject();
            json.writeStringField("name", variable.name());
            json.writeStringField("description", variable.description());
            strings(json, "observedValues", variable.observedValues());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("steps");
        for (RunbookStep step : runbook.steps()) {
            writeStep(json, step);
        }
        json.writeEndArray();
        strings(json, "rollbackNotes", runbook.rollbackNotes());
        json.writeFieldName("estimatedDurationSeconds");
        if (runbook.estimatedDuration() == null) {
            json.writeNull();
        } else {
            json.writeNumber(runbook.estimatedDuration().toSeconds());
        }
        json.writeArrayFieldStart("sourceTasks");
        for (TaskId task : runbook.sourceTasks()) {
            json.writeNumber(task.value());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeStep(JsonGenerator json, RunbookStep step) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", step.title());
        json.writeStringField("why", step.why());
        json.writeBooleanField("changesState", step.changesState());
        json.writeArrayFieldStart("commands");
        for (StepCommand command : step.commands()) {
            json.writeStartObject();
            json.writeStringField("command", command.command());
            json.writeStringField("workingDirectory", command.workingDirectory());
            json.writeStringField("expectedOutput", command.expectedOutput());
            json.writeNumberField("successExitCode", command.successExitCode());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("verification", step.verification());
        strings(json, "pitfalls", step.pitfalls());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
