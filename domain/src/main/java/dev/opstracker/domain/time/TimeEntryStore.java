package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where time entries are kept. A user has at most one running entry, enforced by the store's
 * constraint (not a check before the write), so two nodes starting timers for one user at once
 * leave one running. Each call is atomic; writes for one user are serialised, so an overlap
 * check and the write it guards see the same entries. Safe for concurrent use.
 */
public interface TimeEntryStore {

    /**
     * Stores an entry (stopped or running) as version 1.
     *
     * @param refuseOverlap whether an entry of the same user sharing a second with it refuses it
     * @throws DomainException.Conflict (reason {@code overlap}) naming the overlapping entry, when refused;
     *                                  (reason {@code timer-running}) when it runs and the user has a running entry
     */
    TimeEntry add(TimeEntryDetails details, Instant now, boolean refuseOverlap);

    /**
     * Starts a running entry, stopping the user's running one (if any) at the new one's start in the
     * same transaction, so the user never has two running entries nor a gap between them.
     */
    Started start(TimeEntryDetails running, Instant now);

    /** What a start did: the new running entry, and the entry it stopped, if any. */
    record Started(TimeEntry started, Optional<TimeEntry> stopped) {
    }

    Optional<TimeEntry> find(TimeEntryId id);

    /** The user's running entry, if any. */
    Optional<TimeEntry> running(String user);

    /** Running entries that started before {@code startedBefore}, oldest first. */
    List<TimeEntry> runningSince(Instant startedBefore);

    /**
     * Replaces a stored entry with {@code changed}, whose version must be one above the stored one.
     *
     * @throws DomainException.NotFound when there is no such entry
     * @throws DomainException.Conflict (reason {@code stale-version}, {@code overlap} or {@code timer-running})
     */
    TimeEntry update(TimeEntry changed, boolean refuseOverlap);

    /**
     * Deletes an entry at {@code expectedVersion}.
     *
     * @throws DomainException.NotFound when there is no such entry
     * @throws DomainException.Conflict (reason {@code stale-version}) when it changed meanwhile
     */
    void delete(TimeEntryId id, long expectedVersion);

    /**
     * The entries matching {@code filter}, by start then id, read as the stream is consumed (a store
     * may hold a database cursor open): close the stream, as with try-with-resources.
     */
    Stream<TimeEntry> matching(TimeEntryFilter filter);

    /** The user's entries sharing a second with [{@code start}, {@code end}) ({@code end} null: on for ever), by start. */
    List<TimeEntry> overlapping(String user, Instant start, Instant end);
}
