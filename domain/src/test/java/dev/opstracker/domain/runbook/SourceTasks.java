package dev.opstracker.domain.runbook;

import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finished tasks for generation tests: a builder with defaults, and commands that worked or failed. */
final class SourceTasks {

    private SourceTasks() {
    }

    static SourceCommand ok(String line, String output) {
        return new SourceCommand(line, "/home/ops", 0, output);
    }

    static SourceCommand ok(String line) {
        return ok(line, "");
    }

    static SourceCommand failed(String line, Integer exitCode, String output) {
        return new SourceCommand(line, "/home/ops", exitCode, output);
    }

    static Builder task(long id) {
        return new Builder(id);
    }

    static final class Builder {
        private final long id;
        private String title = "Task";
        private String description = "";
        private String alertName;
        private Set<String> kinds = Set.of();
        private List<Map<String, String>> tags = List.of();
        private final List<SourceCommand> commands = new ArrayList<>();
        private List<String> notes = List.of();
        private Duration time;

        private Builder(long id) {
            this.id = id;
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder description(String value) {
            description = value;
            return this;
        }

        Builder alert(String value) {
            alertName = value;
            return this;
        }

        Builder kinds(Set<String> value) {
            kinds = value;
            return this;
        }

        Builder tags(List<Map<String, String>> value) {
            tags = value;
            return this;
        }

        Builder run(SourceCommand... value) {
            commands.addAll(List.of(value));
            return this;
        }

        Builder notes(String... value) {
            notes = List.of(value);
            return this;
        }

        Builder time(Duration value) {
            time = value;
            return this;
        }

        SourceTask build() {
            return new SourceTask(TaskId.of(id), title, description, alertName, kinds, tags, commands, notes, time);
        }
    }
}
