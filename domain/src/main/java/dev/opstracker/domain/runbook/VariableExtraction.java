package dev.opstracker.domain.runbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables of aligned commands: a value slot whose value differs between the tasks becomes a
 * variable named by its kind (host, namespace, instance_id, version, path, value), numbered from
 * the second of a kind on ({@code host_2}). Slots whose values agree task by task (the same host
 * in two steps of each task) share one variable. A slot with one value everywhere stays literal,
 * so a runbook from a single task has no variables.
 */
final class VariableExtraction {

    /**
     * The variables in order of first use; per kept column the placeholder of each varying slot by
     * token index; and per task index the placeholder of each value the variables took in it.
     */
    record Result(List<RunbookVariable> variables, List<Map<Integer, String>> placeholders, Map<Integer, Map<String, String>> valuesByTask) {

        /** For any command of task {@code task}: the placeholder of each slot holding a value a variable took in that task. */
        Map<Integer, String> placeholdersIn(int task, ParsedCommand command) {
            Map<String, String> values = valuesByTask.getOrDefault(task, Map.of());
            Map<Integer, String> placeholders = new HashMap<>();
            command.slots().stream().filter(slot -> values.containsKey(slot.value()))
                    .forEach(slot -> placeholders.put(slot.index(), values.get(slot.value())));
            return placeholders;
        }
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "host", "the machine the commands run against",
            "namespace", "the Kubernetes namespace",
            "instance_id", "the cloud instance",
            "version", "the version deployed or rolled back to",
            "path", "the file or directory",
            "region", "the cloud region",
            "context", "the Kubernetes context");

    private VariableExtraction() {
    }

    static Result extract(List<Alignment.Column> columns) {
        List<Found> found = new ArrayList<>();
        Map<String, Integer> namesUsed = new HashMap<>();
        List<Map<Integer, String>> placeholders = new ArrayList<>();
        for (Alignment.Column column : columns) {
            Map<Integer, String> columnPlaceholders = new HashMap<>();
            List<ParsedCommand.Slot> slots = column.first().command().slots();
            for (int position = 0; position < slots.size(); position++) {
                Map<Integer, String> values = valuesAt(column, position);
                if (new LinkedHashSet<>(values.values()).size() < 2) {
                    continue; // one value everywhere: part of the procedure, not a variable
                }
                Found variable = matching(found, values);
                if (variable == null) {
                    variable = new Found(uniqueName(slots.get(position).kind(), namesUsed), new TreeMap<>());
                    found.add(variable);
                }
                variable.values().putAll(values);
                columnPlaceholders.put(slots.get(position).index(), "{{" + variable.name() + "}}");
            }
            placeholders.add(Map.copyOf(columnPlaceholders));
        }
        List<RunbookVariable> variables = found.stream()
                .map(variable -> new RunbookVariable(variable.name(), describe(variable.name()), List.copyOf(new LinkedHashSet<>(variable.values().values()))))
                .toList();
        Map<Integer, Map<String, String>> valuesByTask = new HashMap<>();
        found.forEach(variable -> variable.values().forEach((task, value) ->
                valuesByTask.computeIfAbsent(task, index -> new HashMap<>()).putIfAbsent(value, "{{" + variable.name() + "}}")));
        return new Result(variables, placeholders, valuesByTask);
    }

    private static Map<Integer, String> valuesAt(Alignment.Column column, int position) {
        Map<Integer, String> values = new TreeMap<>();
        column.members().forEach((task, member) -> values.put(task, member.command().slots().get(position).value()));
        return values;
    }

    /** The variable that holds the same value as {@code values} in every task both were seen in. */
    private static Found matching(List<Found> found, Map<Integer, String> values) {
        for (Found variable : found) {
            boolean overlaps = false;
            boolean agrees = true;
            for (var entry : values.entrySet()) {
                String known = variable.values().get(entry.getKey());
                overlaps |= known != null;
                agrees &= known == null || known.equals(entry.getValue());
            }
            if (overlaps && agrees) {
                return variable;
            }
        }
        return null;
    }

    private static String uniqueName(String kind, Map<String, Integer> namesUsed) {
        int count = namesUsed.merge(kind, 1, Integer::sum);
        return count == 1 ? kind : kind + "_" + count;
    }

    private static String describe(String name) {
        String kind = name.replaceAll("_\\d+$", "");
        return DESCRIPTIONS.getOrDefault(kind, "a value that differed between the source tasks");
    }

    private record Found(String name, Map<Integer, String> values) {
    }
}
