package dev.opstracker.export.runbook;

import static dev.opstracker.export.runbook.MarkdownText.fenced;
import static dev.opstracker.export.runbook.MarkdownText.inline;
import static dev.opstracker.export.runbook.MarkdownText.paragraph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.task.TaskId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a runbook as Markdown that Runme can execute (FORMATS 4.1, 4.4; layout in
 * FORMATS-runbooks.md): front matter, the scenario, a variables cell of {@code export HOST=""} lines
 * that Runme prompts for, then one named {@code sh} cell per command, state-changing ones kept out of
 * "run all". Commands write {@code {{host}}} as {@code ${HOST}}. The same runbook gives the same bytes:
 * LF line endings, a final newline, and no Runme id.
 */
public final class MarkdownRunbookWriter {

    private static final ObjectMapper ATTRIBUTES = new ObjectMapper();

    /** Writes the document to {@code out}, flushed and left open. */
    public void write(Writer out, Runbook runbook) {
        try {
            out.write(render(runbook));
            out.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException("runbook " + runbook.slug() + " could not be written as Markdown", failure);
        }
    }

    /** The document as a string. */
    public String render(Runbook runbook) {
        StringBuilder markdown = new StringBuilder(4096);
        // `runme fmt --identity all --write` adds an id to a local copy when one is wanted.
        markdown.append("---\n# No runme.id: an id is a fresh ULID and would make the same runbook render differently.\n")
                .append("shell: bash\nrunme:\n  version: v3\n---\n\n");
        markdown.append("# ").append(inline(runbook.title())).append("\n\n");
        if (!runbook.purpose().isEmpty()) {
            markdown.append(paragraph(runbook.purpose())).append("\n\n");
        }
        scope(markdown, runbook.scope());
        markdown.append("## Prerequisites\n\n").append(list(runbook.prerequisites(), "None recorded.")).append('\n');
        variables(markdown, runbook.variables());
        steps(markdown, runbook);
        markdown.append("## Rollback\n\n").append(list(runbook.rollbackNotes(), "No rollback was recorded in the source tasks. Before a step "
                + "that changes state, know how to undo it; if it cannot be undone, say so and plan what makes up for it.")).append('\n');
        markdown.append("## Estimated duration\n\n").append(runbook.estimatedDuration() == null ? "Not recorded."
                : capitalised(RunbookText.about(runbook.estimatedDuration())) + " (the median time recorded on the source tasks).").append("\n\n");
        markdown.append("## Provenance\n\nLearnt from finished tasks ").append(runbook.sourceTasks().stream().map(TaskId::toString)
                .collect(Collectors.joining(", "))).append(". Commands are as they ran there, with secrets masked and the values that "
                + "differed between tasks turned into variables.\n");
        return markdown.toString();
    }

    private static void scope(StringBuilder markdown, RunbookScope scope) {
        markdown.append("## Scope\n\n")
                .append("- Alerts: ").append(joined(scope.alertNames(), "any")).append('\n')
                .append("- Component kinds: ").append(joined(scope.componentKinds(), "any")).append('\n')
                .append("- Tags: ").append(joined(scope.tags().entrySet().stream().map(tag -> tag.getKey() + "=" + tag.getValue()).toList(), "any"))
                .append("\n\n");
    }

    private static void variables(StringBuilder markdown, List<RunbookVariable> variables) {
        markdown.append("## Variables\n\n");
        if (variables.isEmpty()) {
            markdown.append("None: the steps run as they are.\n\n");
            return;
        }
        markdown.append("Run this cell first; Runme asks for each empty value. The steps use them as shell variables: `{{host}}` "
                + "in the runbook's JSON is `${HOST}` here.\n\n");
        StringBuilder cell = new StringBuilder();
        for (RunbookVariable variable : variables) {
            String shellName = ShellVariables.shellName(variable.name());
            List<String> hints = ShellVariables.hints(variable);
            String description = variable.description().isEmpty() ? variable.name() : RunbookText.oneLine(variable.description());
            cell.append("# ").append(shellName).append(": ").append(description)
                    .append(hints.isEmpty() ? "" : " (seen: " + String.join(", ", hints) + ")").append('\n')
                    .append("export ").append(shellName).append("=\"\"\n");
        }
        markdown.append(fenced("sh " + attributes("set-variables", null, false), cell.toString())).append('\n');
    }

    private static void steps(StringBuilder markdown, Runbook runbook) {
        markdown.append("## Steps\n\n");
        Placeholders placeholders = new Placeholders(runbook.variables());
        Set<String> usedNames = new HashSet<>();
        int number = 0;
        for (RunbookStep step : runbook.steps()) {
            number++;
            String title = step.title().isEmpty() ? "Step " + number : step.title();
            String cellName = step.title().isEmpty() ? "step-" + number : RunbookSlug.fromTitle(title).value();
            if (!usedNames.add(cellName)) {
                cellName = cellName + "-step-" + number;
                usedNames.add(cellName);
            }
            markdown.append("### ").append(number).append(". ").append(inline(title)).append("\n\n");
            if (!step.why().isEmpty()) {
                markdown.append(paragraph(step.why())).append("\n\n");
            }
            if (step.changesState()) {
                markdown.append("This step changes state, so its cells are left out of \"run all\": run them one by one.\n\n");
            }
            int commandNumber = 0;
            for (StepCommand command : step.commands()) {
                commandNumber++;
                command(markdown, placeholders, command, cellName + "-" + commandNumber, step.changesState());
            }
            verification(markdown, step);
            if (!step.pitfalls().isEmpty()) {
                markdown.append("Pitfalls:\n\n").append(list(step.pitfalls(), "")).append('\n');
            }
        }
        if (number == 0) {
            markdown.append("None recorded.\n\n");
        }
    }

    private static void command(StringBuilder markdown, Placeholders placeholders, StepCommand command, String name, boolean changesState) {
        String directory = command.workingDirectory();
        boolean cdLine = directory != null && placeholders.mentionsAny(directory);
        String line = placeholders.rewrite(RunbookText.lf(command.command()), variable -> "${" + ShellVariables.shellName(variable) + "}");
        if (cdLine) {
            // Runme does not expand variables in the cwd attribute, so a directory naming one is a cd in the cell.
            line = "cd \"" + placeholders.rewrite(directory, variable -> "${" + ShellVariables.shellName(variable) + "}") + "\"\n" + line;
        }
        markdown.append(fenced("sh " + attributes(name, cdLine ? null : directory, changesState), line)).append('\n');
        if (command.expectedOutput().isBlank()) {
            markdown.append("Expected output: none recorded.\n\n");
        } else {
            markdown.append("Expected output:\n\n").append(fenced("text", command.expectedOutput())).append('\n');
        }
        markdown.append("Succeeds with exit code ").append(command.successExitCode()).append(".\n\n");
    }

    private static void verification(StringBuilder markdown, RunbookStep step) {
        if (!step.verification().isEmpty()) {
            markdown.append("Verify: ").append(paragraph(step.verification())).append("\n\n");
        } else if (step.changesState()) {
            markdown.append("Verify: no check was recorded; confirm the change took effect before the next step.\n\n");
        }
    }

    /** The cell's JSON attributes in a fixed order; Runme wants every value as a string. */
    private static String attributes(String name, String directory, boolean excludeFromRunAll) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        if (directory != null && !directory.isBlank()) {
            attributes.put("cwd", directory);
        }
        attributes.put("interactive", "false");
        if (excludeFromRunAll) {
            attributes.put("excludeFromRunAll", "true");
        }
        try {
            return ATTRIBUTES.writeValueAsString(attributes);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cell attributes of " + name + " could not be written", impossible);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String list(List<String> items, String none) {
        if (items.isEmpty()) {
            return none + "\n";
        }
        return items.stream().map(item -> "- " + inline(item) + "\n").collect(Collectors.joining());
    }

    private static String joined(Collection<String> values, String none) {
        return values.isEmpty() ? none : values.stream().map(MarkdownText::inline).collect(Collectors.joining(", "));
    }
}
