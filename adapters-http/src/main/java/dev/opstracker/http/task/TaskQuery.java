package dev.opstracker.http.task;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The query string of {@code GET /api/v1/tasks}. {@code status} and {@code priority} repeat or
 * hold comma-separated values; {@code attr} repeats as {@code key=value}; the rest appear once.
 * An unknown parameter is an error, so a typo never silently widens the result.
 */
record TaskQuery(TaskFilter filter, PageRequest page) {

    private static final Set<String> KNOWN = Set.of(
            "status", "priority", "assignee", "client", "project", "attr", "text", "limit", "cursor");

    static TaskQuery from(Map<String, List<String>> parameters) {
        rejectUnknown(parameters);
        TaskFilter filter = TaskFilter.any()
                .withStatuses(listed(parameters, "status").stream()
                        .map(text -> TaskStatus.parse("status", text)).collect(Collectors.toSet()))
                .withPriorities(listed(parameters, "priority").stream()
                        .map(text -> Priority.parse("priority", text)).collect(Collectors.toSet()))
                .withAssignee(single(parameters, "assignee"))
                .withClient(BillingCode.parseOptional("client", single(parameters, "client")))
                .withProject(BillingCode.parseOptional("project", single(parameters, "project")))
                .withAttributes(attributes(parameters.getOrDefault("attr", List.of())))
                .withTitleContaining(single(parameters, "text"));
        return new TaskQuery(filter, new PageRequest(limit(single(parameters, "limit")), single(parameters, "cursor")));
    }

    private static void rejectUnknown(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                throw new DomainException.InvalidInput(parameter.getKey(), String.join(",", parameter.getValue()),
                        "unknown query parameter; known ones: " + String.join(", ", new TreeSet<>(KNOWN)));
            }
        }
    }

    private static List<String> listed(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new DomainException.InvalidInput(name, String.join(",", values), "give this parameter at most once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, String> attributes(List<String> pairs) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new DomainException.InvalidInput("attr", pair, "expected key=value");
            }
            String key = pair.substring(0, equals);
            if (attributes.put(key, pair.substring(equals + 1)) != null) {
                throw new DomainException.InvalidInput("attr", pair, "the key '%s' is given twice".formatted(key));
            }
        }
        return attributes;
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("limit", text, "expected a whole number from 1 to " + PageRequest.MAX_LIMIT);
        }
    }
}
