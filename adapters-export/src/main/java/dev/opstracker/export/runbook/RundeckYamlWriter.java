package dev.opstracker.export.runbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Writes a runbook as a Rundeck job definition list (FORMATS 4.2) for a user to adapt: one job named
 * by the slug in group {@value #GROUP}, an option per variable, and the commands as steps in order
 * that stop at the first failure. A one-line command is an {@code exec} step with {@code {{host}}}
 * as {@code ${option.host}}; a command of several lines is an inline {@code script} step with
 * {@code @option.host@}, as Rundeck expands options there. Keys come in a fixed order; Jackson's YAML
 * module quotes a value only when YAML needs it, and never folds long lines; lists sit
 * under their key without extra indentation, as in Rundeck's own exports.
 */
public final class RundeckYamlWriter {

    /** The Rundeck group every runbook job is put in. */
    public static final String GROUP = "opstracker/runbooks";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());
    private static final Pattern PLAIN_DIRECTORY = Pattern.compile("[A-Za-z0-9_./~-]+");

    /** Writes the job list to {@code out}, flushed and left open. */
    public void write(Writer out, Runbook runbook) {
        try {
            out.write(render(runbook));
            out.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException("runbook " + runbook.slug() + " could not be written as Rundeck YAML", failure);
        }
    }

    /** The job list as a string. */
    public String render(Runbook runbook) {
        ArrayNode jobs = JsonNodeFactory.instance.arrayNode();
        ObjectNode job = jobs.addObject();
        job.put("name", runbook.slug().value());
        job.put("group", GROUP);
        job.put("description", RunbookText.lf(runbook.purpose().isEmpty() ? runbook.title() : runbook.title() + "\n\n" + runbook.purpose()));
        ArrayNode options = job.putArray("options");
        for (RunbookVariable variable : runbook.variables()) {
            options.addObject().put("name", variable.name()).put("required", true)
                    .put("description", variable.description().isEmpty() ? variable.name() : RunbookText.oneLine(variable.description()));
        }
        ObjectNode sequence = job.putObject("sequence");
        sequence.put("keepgoing", false);
        sequence.put("strategy", "node-first");
        ArrayNode commands = sequence.putArray("commands");
        Placeholders placeholders = new Placeholders(runbook.variables());
        int number = 0;
        for (RunbookStep step : runbook.steps()) {
            number++;
            String title = step.title().isEmpty() ? "Step " + number : RunbookText.oneLine(step.title());
            for (StepCommand command : step.commands()) {
                commands.add(step(placeholders, title, command));
            }
        }
        try {
            return RunbookText.lf(YAML.writeValueAsString(jobs));
        } catch (IOException failure) {
            throw new UncheckedIOException("runbook " + runbook.slug() + " could not be written as Rundeck YAML", failure);
        }
    }

    private static ObjectNode step(Placeholders placeholders, String title, StepCommand command) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String line = RunbookText.lf(command.command()).strip();
        boolean script = line.contains("\n");
        String text = placeholders.rewrite(line, name -> script ? "@option." + name + "@" : "${option." + name + "}");
        String directory = command.workingDirectory();
        if (directory != null && !directory.isBlank()) {
            String target = placeholders.rewrite(directory, name -> script ? "@option." + name + "@" : "${option." + name + "}");
            text = "cd " + (PLAIN_DIRECTORY.matcher(directory).matches() ? target : "\"" + target + "\"") + (script ? "\n" : " && ") + text;
        }
        if (script) {
            node.put("script", "#!/bin/bash\nset -e\n" + text + "\n");
        } else {
            node.put("exec", text);
        }
        node.put("description", title);
        return node;
    }
}
