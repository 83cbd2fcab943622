package dev.opstracker.domain.runbook;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The parts of a runbook read from the tasks as a whole: scope, prerequisites, rollback notes, duration and purpose. */
final class RunbookFacts {

    private static final Pattern ROLLBACK_NOTE = Pattern.compile("(?i)\\b(?:roll(?:ed|ing)?[ -]?back|revert(?:ed)?|undo(?:ne)?)\\b");
    private static final Pattern ROLLBACK_COMMAND = Pattern.compile("(?i)rollback|undo");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s|\\R");

    private RunbookFacts() {
    }

    /** The alerts of the tasks, the kinds of all their components, and the tags every one of those components has. */
    static RunbookScope scope(List<SourceTask> tasks) {
        Set<String> alerts = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        Map<String, String> shared = null;
        for (SourceTask task : tasks) {
            if (task.alertName() != null && !task.alertName().isBlank()) {
                alerts.add(task.alertName().strip());
            }
            kinds.addAll(task.componentKinds());
            for (Map<String, String> tags : task.componentTags()) {
                if (shared == null) {
                    shared = new HashMap<>(tags);
                } else {
                    shared.entrySet().removeIf(tag -> !Objects.equals(tags.get(tag.getKey()), tag.getValue()));
                }
            }
        }
        return RunbookScope.of(alerts, kinds, shared == null ? Map.of() : shared);
    }

    /** "kubectl with access to the deployment, namespace": one line per program, in the order the steps first use them. */
    static List<String> prerequisites(List<String> programs, Set<String> componentKinds) {
        String access = componentKinds.isEmpty() ? "" : " with access to the " + String.join(", ", new TreeSet<>(componentKinds));
        return new LinkedHashSet<>(programs).stream().filter(program -> !program.isEmpty()).map(program -> program + access).toList();
    }

    /** Notes that speak of rolling back, reverting or undoing, then the successful commands that did so, with their variables. */
    static List<String> rollbackNotes(List<SourceTask> tasks, VariableExtraction.Result variables) {
        Set<String> notes = new LinkedHashSet<>();
        tasks.forEach(task -> task.notes().stream().map(String::strip).filter(note -> ROLLBACK_NOTE.matcher(note).find()).forEach(notes::add));
        for (int task = 0; task < tasks.size(); task++) {
            for (SourceCommand command : tasks.get(task).commands()) {
                if (command.succeeded() && ROLLBACK_COMMAND.matcher(command.commandLine()).find()) {
                    ParsedCommand parsed = ParsedCommand.parse(command);
                    notes.add(parsed.render(variables.placeholdersIn(task, parsed)));
                }
            }
        }
        return List.copyOf(notes);
    }

    /** The median of the time recorded on the tasks (the mean of the middle two for an even count), or null when none was. */
    static Duration estimatedDuration(List<SourceTask> tasks) {
        List<Duration> recorded = tasks.stream().map(SourceTask::timeRecorded).filter(Objects::nonNull).sorted().toList();
        if (recorded.isEmpty()) {
            return null;
        }
        int middle = recorded.size() / 2;
        return recorded.size() % 2 == 1 ? recorded.get(middle) : recorded.get(middle - 1).plus(recorded.get(middle)).dividedBy(2);
    }

    /** The first sentence of the first task's description; "Resolve &lt;alert&gt;" without one; else its title. */
    static String purpose(SourceTask first) {
        String description = first.description().strip();
        if (!description.isEmpty()) {
            return SENTENCE_END.split(description, 2)[0].strip();
        }
        if (first.alertName() != null && !first.alertName().isBlank()) {
            return "Resolve " + first.alertName().strip();
        }
        return first.title().strip();
    }
}
