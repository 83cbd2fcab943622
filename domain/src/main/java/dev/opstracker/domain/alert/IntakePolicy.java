package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What alert intake does with a task when its alerts change.
 *
 * @param closeOnResolve a resolution closes the task when nobody has started on it and none of its
 *                       other alerts is still open (a task in progress or blocked is left to its
 *                       worker, with the resolution recorded)
 * @param refire         what a firing after resolution does
 * @param priorities     severity to task priority; severities missing here use {@link Severity#defaultPriority()}
 * @param groupBy        the labels that make alerts one storm, see {@link AlertGrouping}; empty turns grouping off
 * @param groupWindow    how long after a storm's last new member a new problem may still join it
 */
public record IntakePolicy(boolean closeOnResolve, Refire refire, Map<Severity, Priority> priorities, List<String> groupBy, Duration groupWindow) {

    /** The longest group or threshold window: an instant plus a longer one could leave the range of time itself. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    /** What a firing of a dedup key whose last incident was resolved does. */
    public enum Refire {
        /** The earlier task is reopened (if closed) and tracks the new incident too. */
        REOPEN,
        /** A new task is opened; the earlier one keeps its history. */
        NEW_TASK
    }

    public static final Duration DEFAULT_GROUP_WINDOW = Duration.ofMinutes(10);
    public static final IntakePolicy DEFAULT = new IntakePolicy(true, Refire.REOPEN, Map.of(), AlertGrouping.DEFAULT_LABELS, DEFAULT_GROUP_WINDOW);

    public IntakePolicy {
        requireNonNull(refire, "refire is null");
        EnumMap<Severity, Priority> copy = new EnumMap<>(Severity.class);
        copy.putAll(requireNonNull(priorities, "priorities is null"));
        priorities = Map.copyOf(copy);
        groupBy = AlertGrouping.checkLabels("groupBy", requireNonNull(groupBy, "groupBy is null"));
        requireNonNull(groupWindow, "groupWindow is null");
        if (groupWindow.isNegative() || groupWindow.compareTo(MAX_WINDOW) > 0) {
            throw new DomainException.InvalidInput("groupWindow", groupWindow, "a window is zero to %d days".formatted(MAX_WINDOW.toDays()));
        }
    }

    /** This policy without storm grouping: every problem gets a task of its own. */
    public IntakePolicy ungrouped() {
        return new IntakePolicy(closeOnResolve, refire, priorities, List.of(), groupWindow);
    }

    public Priority priorityOf(Severity severity) {
        return priorities.getOrDefault(severity, severity.defaultPriority());
    }
}
