package dev.opstracker.domain.task;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which tasks a list returns. Every given criterion must hold; an empty set or null means
 * "any". Attribute criteria match exact values; {@code titleContains} matches ignoring case.
 */
public record TaskFilter(
        Set<TaskStatus> statuses,
        Set<Priority> priorities,
        String assignee,
        BillingCode client,
        BillingCode project,
        Map<String, String> attributes,
        String titleContains) {

    public static final int MAX_TEXT_LENGTH = 200;

    public TaskFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        priorities = priorities == null || priorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(priorities));
        assignee = TaskDetails.optionalText("assignee", assignee, TaskDetails.MAX_PERSON_LENGTH);
        attributes = Attributes.copyOf(attributes);
        titleContains = TaskDetails.optionalText("text", titleContains, MAX_TEXT_LENGTH);
    }

    /** Matches every task. */
    public static TaskFilter any() {
        return new TaskFilter(Set.of(), Set.of(), null, null, null, Map.of(), null);
    }

    public TaskFilter withStatuses(Set<TaskStatus> value) {
        return new TaskFilter(value, priorities, assignee, client, project, attributes, titleContains);
    }

    public TaskFilter withPriorities(Set<Priority> value) {
        return new TaskFilter(statuses, value, assignee, client, project, attributes, titleContains);
    }

    public TaskFilter withAssignee(String value) {
        return new TaskFilter(statuses, priorities, value, client, project, attributes, titleContains);
    }

    public TaskFilter withClient(BillingCode value) {
        return new TaskFilter(statuses, priorities, assignee, value, project, attributes, titleContains);
    }

    public TaskFilter withProject(BillingCode value) {
        return new TaskFilter(statuses, priorities, assignee, client, value, attributes, titleContains);
    }

    public TaskFilter withAttributes(Map<String, String> value) {
        return new TaskFilter(statuses, priorities, assignee, client, project, value, titleContains);
    }

    public TaskFilter withTitleContaining(String value) {
        return new TaskFilter(statuses, priorities, assignee, client, project, attributes, value);
    }

    /** Whether {@code task} meets every criterion; the reference semantics every store must match. */
    public boolean matches(Task task) {
        TaskDetails details = task.details();
        return (statuses.isEmpty() || statuses.contains(task.status()))
                && (priorities.isEmpty() || priorities.contains(details.priority()))
                && (assignee == null || assignee.equals(details.assignee()))
                && (client == null || client.equals(details.client()))
                && (project == null || project.equals(details.project()))
                && attributes.entrySet().stream().allMatch(wanted -> wanted.getValue().equals(details.attributes().get(wanted.getKey())))
                && (titleContains == null || containsIgnoringCase(details.title(), titleContains));
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
