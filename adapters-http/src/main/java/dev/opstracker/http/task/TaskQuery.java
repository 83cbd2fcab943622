package dev.opstracker.http.task;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.shared.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query string of {@code GET /api/v1/tasks}. {@code status} and {@code priority} repeat or
 * hold comma-separated values; {@code attr} repeats as {@code key=value}; the rest appear once.
 */
record TaskQuery(TaskFilter filter, PageRequest page) {

    private static final Set<String> FILTERS = Set.of("status", "priority", "assignee", "client", "project", "attr", "text");

    static TaskQuery from(Map<String, List<String>> query) {
        QueryParameters parameters = QueryParameters.of(query, FILTERS);
        TaskFilter filter = TaskFilter.any()
                .withStatuses(parameters.listed("status").stream()
                        .map(text -> TaskStatus.parse("status", text)).collect(Collectors.toSet()))
                .withPriorities(parameters.listed("priority").stream()
                        .map(text -> Priority.parse("priority", text)).collect(Collectors.toSet()))
                .withAssignee(parameters.single("assignee"))
                .withClient(BillingCode.parseOptional("client", parameters.single("client")))
                .withProject(BillingCode.parseOptional("project", parameters.single("project")))
                .withAttributes(attributes(parameters.all("attr")))
                .withTitleContaining(parameters.single("text"));
        return new TaskQuery(filter, parameters.page());
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
}
