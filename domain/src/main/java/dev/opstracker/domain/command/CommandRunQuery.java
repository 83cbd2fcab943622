package dev.opstracker.domain.command;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.Set;

/**
 * Which runs to list; every criterion given must hold (null or empty: any). Runs come in time
 * order: by start, then by id.
 *
 * @param tasks runs of any of these tasks (a component's history: the tasks linked to it)
 * @param exit  {@code ok} (exited 0), {@code failed} (anything else), or one exit code
 * @param from  started at or after; {@code to}: started before
 * @param text  a piece of the (masked) command line, matched case-sensitively
 */
public record CommandRunQuery(Set<TaskId> tasks, String host, String user, String exit, Instant from, Instant to, String text) {

    public static final int MAX_TASKS = 10_000;

    public CommandRunQuery {
        tasks = tasks == null ? Set.of() : Set.copyOf(tasks);
        if (tasks.size() > MAX_TASKS) {
            throw new DomainException.InvalidInput("tasks", tasks.size() + " tasks", "a search names at most " + MAX_TASKS + " tasks");
        }
        host = blankToNull(host);
        user = blankToNull(user);
        exit = blankToNull(exit);
        text = blankToNull(text);
        if (exit != null && !exit.equals("ok") && !exit.equals("failed") && !exit.matches("-?\\d{1,10}")) {
            throw new DomainException.InvalidInput("exit", exit, "an exit filter is ok, failed or an exit code");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new DomainException.InvalidInput("to", to, "the end of a time range lies after its start " + from);
        }
    }

    public static CommandRunQuery any() {
        return new CommandRunQuery(null, null, null, null, null, null, null);
    }

    public static CommandRunQuery ofTask(TaskId task) {
        return new CommandRunQuery(Set.of(task), null, null, null, null, null, null);
    }

    /** The exit code asked for, or null when the filter is ok, failed or absent. */
    public Integer exitCode() {
        return exit == null || exit.equals("ok") || exit.equals("failed") ? null : Integer.valueOf(exit);
    }

    /** Whether {@code run} matches: the definition every store implements. */
    public boolean matches(CommandRun run) {
        return (tasks.isEmpty() || tasks.contains(run.taskId()))
                && (host == null || host.equals(run.host()))
                && (user == null || user.equals(run.user()))
                && (exit == null || exitMatches(run))
                && (from == null || !run.startedAt().isBefore(from))
                && (to == null || run.startedAt().isBefore(to))
                && (text == null || run.display().contains(text));
    }

    private boolean exitMatches(CommandRun run) {
        return switch (exit) {
            case "ok" -> run.succeeded();
            case "failed" -> !run.succeeded();
            default -> exitCode().equals(run.exitCode());
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
