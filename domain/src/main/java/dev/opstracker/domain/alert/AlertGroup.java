package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;

/**
 * Problems that share a grouping key (an alert storm) and are tracked by one task. A group accepts
 * new members while they keep coming within the policy's window of the last one; after that, or once
 * its task is closed by a resolution, it is sealed and the next problem with the key starts a new group.
 * A key has at most one accepting group at a time (stores enforce it with a constraint).
 *
 * @param id      store-assigned identity, 0 before storing
 * @param key     the grouping key, as {@link AlertGrouping#keyOf} builds it
 * @param members problems that joined, the first included
 */
public record AlertGroup(long id, String key, TaskId taskId, Instant openedAt, Instant lastJoinedAt, long members, boolean accepting) {

    public AlertGroup {
        requireNonNull(key, "key is null");
        requireNonNull(taskId, "taskId is null");
        requireNonNull(openedAt, "openedAt is null");
        requireNonNull(lastJoinedAt, "lastJoinedAt is null");
        if (members < 1) {
            throw new IllegalArgumentException("a group has at least one member, not " + members);
        }
    }

    public static AlertGroup opening(String key, TaskId taskId, Instant now) {
        return new AlertGroup(0, key, taskId, now, now, 1, true);
    }

    /** Whether a problem arriving at {@code now} joins this group: it accepts, and the last member came within {@code window}. */
    public boolean takes(Instant now, Duration window) {
        return accepting && !lastJoinedAt.plus(window).isBefore(now);
    }

    public AlertGroup joined(Instant now) {
        return new AlertGroup(id, key, taskId, openedAt, now, members + 1, true);
    }

    public AlertGroup sealed() {
        return new AlertGroup(id, key, taskId, openedAt, lastJoinedAt, members, false);
    }

    public AlertGroup withId(long storedId) {
        return new AlertGroup(storedId, key, taskId, openedAt, lastJoinedAt, members, accepting);
    }
}
