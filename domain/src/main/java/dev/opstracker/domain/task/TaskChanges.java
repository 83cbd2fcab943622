package dev.opstracker.domain.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.Change;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An edit of a task's details. Attribute changes follow merge-patch: a key mapped to null is
 * removed, any other value is set, keys not mentioned stay; {@code clearAttributes} first removes
 * every existing key (a merge-patch {@code "attributes": null}).
 */
public record TaskChanges(
        Change<String> title,
        Change<String> description,
        Change<Priority> priority,
        Change<String> assignee,
        Change<String> reporter,
        Change<BillingCode> client,
        Change<BillingCode> project,
        Change<Instant> dueAt,
        boolean clearAttributes,
        Map<String, String> attributes) {

    public TaskChanges {
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
        requireNonNull(priority, "priority is null");
        requireNonNull(assignee, "assignee is null");
        requireNonNull(reporter, "reporter is null");
        requireNonNull(client, "client is null");
        requireNonNull(project, "project is null");
        requireNonNull(dueAt, "dueAt is null");
        // Map.copyOf refuses null values, which here mean "remove".
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** An edit that changes nothing; start here and use the withers. */
    public static TaskChanges none() {
        return new TaskChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), false, Map.of());
    }

    public TaskChanges withTitle(String value) {
        return new TaskChanges(Change.to(value), description, priority, assignee, reporter, client, project, dueAt, clearAttributes, attributes);
    }

    public TaskChanges withDescription(String value) {
        return new TaskChanges(title, Change.to(value), priority, assignee, reporter, client, project, dueAt, clearAttributes, attributes);
    }

    public TaskChanges withPriority(Priority value) {
        return new TaskChanges(title, description, Change.to(value), assignee, reporter, client, project, dueAt, clearAttributes, attributes);
    }

    public TaskChanges withAssignee(String value) {
        return new TaskChanges(title, description, priority, Change.to(value), reporter, client, project, dueAt, clearAttributes, attributes);
    }

    public TaskChanges withReporter(String value) {
        return new TaskChanges(title, description, priority, assignee, Change.to(value), client, project, dueAt, clearAttributes, attributes);
    }

    public TaskChanges withClient(BillingCode value) {
        return new TaskChanges(title, description, priority, assignee, reporter, Change.to(value), project, dueAt, clearAttributes, attributes);
    }

    public TaskChanges withProject(BillingCode value) {
        return new TaskChanges(title, description, priority, assignee, reporter, client, Change.to(value), dueAt, clearAttributes, attributes);
    }

    public TaskChanges withDueAt(Instant value) {
        return new TaskChanges(title, description, priority, assignee, reporter, client, project, Change.to(value), clearAttributes, attributes);
    }

    public TaskChanges withAttributes(Map<String, String> value) {
        return new TaskChanges(title, description, priority, assignee, reporter, client, project, dueAt, clearAttributes, value);
    }

    /** Removes every attribute before applying {@link #attributes()}. */
    public TaskChanges withAllAttributesRemoved() {
        return new TaskChanges(title, description, priority, assignee, reporter, client, project, dueAt, true, attributes);
    }

    /** The details after this edit, validated as a whole. */
    public TaskDetails applyTo(TaskDetails current) {
        Priority newPriority = priority.applyTo(current.priority());
        if (newPriority == null) {
            throw new DomainException.InvalidInput("priority", null, "a priority is required");
        }
        return new TaskDetails(
                title.applyTo(current.title()),
                description.applyTo(current.description()),
                newPriority,
                assignee.applyTo(current.assignee()),
                reporter.applyTo(current.reporter()),
                client.applyTo(current.client()),
                project.applyTo(current.project()),
                dueAt.applyTo(current.dueAt()),
                Attributes.merge(clearAttributes ? Map.of() : current.attributes(), attributes));
    }
}
