package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finished task as generation reads it: its title and description, the alert that opened it (or
 * null), the kinds and effective tags of the components it touched, its commands in the order they
 * ran, the notes people left (status change reasons), and the time recorded on it (null when none).
 */
public record SourceTask(TaskId id, String title, String description, String alertName, Set<String> componentKinds,
        List<Map<String, String>> componentTags, List<SourceCommand> commands, List<String> notes, Duration timeRecorded) {

    public SourceTask {
        requireNonNull(id, "id is null");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        componentKinds = Set.copyOf(componentKinds);
        componentTags = List.copyOf(componentTags);
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }
}
