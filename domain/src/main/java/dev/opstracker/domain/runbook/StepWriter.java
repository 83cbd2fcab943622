package dev.opstracker.domain.runbook;

import dev.opstracker.domain.security.SecretMasker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One step per aligned command, written from the first task that ran it: its title from its
 * words, why from a note that mentions its program, the command with its variables, the start of
 * its output as what to expect, the pitfalls of every task, and for a change a later look by the
 * same program as its verification.
 */
final class StepWriter {

    private final SecretMasker masker;
    /** Notes of every task in task order, then their descriptions: where a step's "why" is looked for. */
    private final List<String> explanations;
    private final List<String> lowerCaseExplanations;

    StepWriter(SecretMasker masker, List<SourceTask> tasks) {
        this.masker = masker;
        List<String> texts = new ArrayList<>();
        tasks.forEach(task -> texts.addAll(task.notes()));
        tasks.forEach(task -> texts.add(task.description()));
        this.explanations = texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
        this.lowerCaseExplanations = explanations.stream().map(text -> text.toLowerCase(Locale.ROOT)).toList();
    }

    List<RunbookStep> write(List<Alignment.Column> columns, VariableExtraction.Result variables) {
        List<Map<Integer, String>> placeholders = variables.placeholders();
        List<ParsedCommand> commands = columns.stream().map(column -> column.first().command()).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            lines.add(masker.mask(commands.get(i).render(placeholders.get(i))));
        }
        List<RunbookStep> steps = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ParsedCommand command = commands.get(i);
            SourceCommand source = command.source();
            StepCommand stepCommand = new StepCommand(lines.get(i), source.workingDirectory(),
                    Excerpts.expectedOutput(source.outputHead(), masker), 0);
            boolean changesState = CommandVerbs.changesState(command);
            steps.add(new RunbookStep(CommandVerbs.title(command), why(command), List.of(stepCommand),
                    changesState ? verification(commands, lines, i) : "", pitfalls(columns.get(i), variables), changesState));
        }
        return steps;
    }

    /** The first explanation naming the program and one of the command's words, else the first naming the program. */
    private String why(ParsedCommand command) {
        Pattern program = Pattern.compile("\\b" + Pattern.quote(command.program().toLowerCase(Locale.ROOT)) + "\\b");
        String fallback = "";
        for (int i = 0; i < explanations.size(); i++) {
            String lower = lowerCaseExplanations.get(i);
            if (program.matcher(lower).find()) {
                if (command.words().stream().anyMatch(lower::contains)) {
                    return explanations.get(i);
                }
                fallback = fallback.isEmpty() ? explanations.get(i) : fallback;
            }
        }
        return fallback;
    }

    /** A change is verified by the next read-only command of the same program, when the tasks ran one. */
    private static String verification(List<ParsedCommand> commands, List<String> lines, int change) {
        String program = commands.get(change).program();
        for (int later = change + 1; later < commands.size(); later++) {
            if (commands.get(later).program().equals(program) && !CommandVerbs.changesState(commands.get(later))) {
                return "Check with step %d: `%s`".formatted(later + 1, lines.get(later));
            }
        }
        return "";
    }

    /** The pitfalls of every task, with the task's values as placeholders: the same mistake in two tasks is one pitfall. */
    private List<String> pitfalls(Alignment.Column column, VariableExtraction.Result variables) {
        Set<String> pitfalls = new LinkedHashSet<>();
        column.members().forEach((task, member) -> member.failedAttempts().forEach(attempt ->
                pitfalls.add(masker.mask(RetryCollapse.pitfall(attempt, variables.placeholdersIn(task, attempt))))));
        return List.copyOf(pitfalls);
    }
}
