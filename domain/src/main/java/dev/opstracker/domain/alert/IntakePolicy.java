package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.Priority;
import java.util.EnumMap;
import java.util.Map;

/**
 * What alert intake does with a task when its alerts change.
 *
 * @param closeOnResolve a resolution closes the task when nobody has started on it (a task in
 *                       progress or blocked is left to its worker, with the resolution recorded)
 * @param refire         what a firing after resolution does
 * @param priorities     severity to task priority; severities missing here use {@link Severity#defaultPriority()}
 */
public record IntakePolicy(boolean closeOnResolve, Refire refire, Map<Severity, Priority> priorities) {

    /** What a firing of a dedup key whose last incident was resolved does. */
    public enum Refire {
        /** The earlier task is reopened (if closed) and tracks the new incident too. */
        REOPEN,
        /** A new task is opened; the earlier one keeps its history. */
        NEW_TASK
    }

    public static final IntakePolicy DEFAULT = new IntakePolicy(true, Refire.REOPEN, Map.of());

    public IntakePolicy {
        requireNonNull(refire, "refire is null");
        EnumMap<Severity, Priority> copy = new EnumMap<>(Severity.class);
        copy.putAll(requireNonNull(priorities, "priorities is null"));
        priorities = Map.copyOf(copy);
    }

    public Priority priorityOf(Severity severity) {
        return priorities.getOrDefault(severity, severity.defaultPriority());
    }
}
