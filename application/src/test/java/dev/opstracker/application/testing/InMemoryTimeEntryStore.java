package dev.opstracker.application.testing;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.TimeConflicts;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.domain.time.TimeEntryStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A {@link TimeEntryStore} in memory, for tests: one lock makes every call atomic. */
public final class InMemoryTimeEntryStore implements TimeEntryStore {

    private static final Comparator<TimeEntry> BY_START = Comparator.comparing((TimeEntry entry) -> entry.details().start())
            .thenComparing(entry -> entry.id().value());

    private final Map<Long, TimeEntry> entries = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized TimeEntry add(TimeEntryDetails details, Instant now, boolean refuseOverlap) {
        check(details, null, refuseOverlap);
        TimeEntry entry = new TimeEntry(TimeEntryId.of(++lastId), details, now, now, TimeEntry.FIRST_VERSION);
        entries.put(entry.id().value(), entry);
        return entry;
    }

    @Override
    public synchronized Started start(TimeEntryDetails running, Instant now) {
        Optional<TimeEntry> stopped = running(running.user()).map(old -> {
            TimeEntry ended = old.changed(old.details().stoppedAt(running.start()), now);
            entries.put(ended.id().value(), ended);
            return ended;
        });
        return new Started(add(running, now, false), stopped);
    }

    @Override
    public synchronized Optional<TimeEntry> find(TimeEntryId id) {
        return Optional.ofNullable(entries.get(id.value()));
    }

    @Override
    public synchronized Optional<TimeEntry> running(String user) {
        return entries.values().stream().filter(entry -> entry.details().user().equals(user) && entry.details().isRunning()).findFirst();
    }

    @Override
    public synchronized List<TimeEntry> runningSince(Instant startedBefore) {
        return entries.values().stream().filter(entry -> entry.details().isRunning() && entry.details().start().isBefore(startedBefore))
                .sorted(BY_START).toList();
    }

    @Override
    public synchronized TimeEntry update(TimeEntry changed, boolean refuseOverlap) {
        TimeEntry stored = entries.get(changed.id().value());
        if (stored == null) {
            throw new DomainException.NotFound("time entry", changed.id().toString());
        }
        if (changed.version() != stored.version() + 1) {
            throw DomainException.Conflict.staleVersion("time entry", changed.id(), changed.version() - 1, stored.version());
        }
        check(changed.details(), changed.id(), refuseOverlap);
        entries.put(changed.id().value(), changed);
        return changed;
    }

    @Override
    public synchronized void delete(TimeEntryId id, long expectedVersion) {
        TimeEntry stored = entries.get(id.value());
        if (stored == null) {
            throw new DomainException.NotFound("time entry", id.toString());
        }
        if (stored.version() != expectedVersion) {
            throw DomainException.Conflict.staleVersion("time entry", id, expectedVersion, stored.version());
        }
        entries.remove(id.value());
    }

    @Override
    public synchronized Stream<TimeEntry> matching(TimeEntryFilter filter) {
        return entries.values().stream().filter(entry -> filter.matches(entry.details())).sorted(BY_START).toList().stream();
    }

    @Override
    public synchronized List<TimeEntry> overlapping(String user, Instant start, Instant end) {
        return entries.values().stream().filter(entry -> entry.details().user().equals(user)
                && (entry.details().end() == null || entry.details().end().isAfter(start)) && (end == null || entry.details().start().isBefore(end)))
                .sorted(BY_START).toList();
    }

    private void check(TimeEntryDetails details, TimeEntryId self, boolean refuseOverlap) {
        if (details.isRunning() && running(details.user()).filter(entry -> !entry.id().equals(self)).isPresent()) {
            throw TimeConflicts.timerRunning(details.user(), running(details.user()).orElseThrow());
        }
        if (refuseOverlap) {
            overlapping(details.user(), details.start(), details.end()).stream().filter(entry -> !entry.id().equals(self)).findFirst()
                    .ifPresent(entry -> {
                        throw TimeConflicts.overlap(details, entry);
                    });
        }
    }
}
