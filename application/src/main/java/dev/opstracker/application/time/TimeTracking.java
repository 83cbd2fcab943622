package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.infra.EffectiveTags;
import dev.opstracker.application.shared.UnversionedRetry;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.BillingDefaults;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.domain.time.TimeEntryStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Recording time on tasks: one running timer per user (starting another stops it at the same
 * instant), entries added, edited, split, merged and deleted by hand, and timers left running too
 * long reported. Every instant is to the second; nothing is ever discarded silently. Past the critical
 * storage level every change but stopping a timer is refused ({@link StorageWatch}).
 */
public final class TimeTracking {

    /** The reason of the conflict when a timer's task shows no activity since the timer started. */
    public static final String NO_ACTIVITY = "no-activity";

    /** The most entries one listing returns; a report or an export covers any number. */
    public static final int MAX_LIST_LIMIT = 1000;
    public static final int DEFAULT_LIST_LIMIT = 100;

    private final TaskStore tasks;
    private final ComponentStore components;
    private final TimeEntryStore entries;
    private final CommandRunStore commandRuns;
    private final TimeSettings settings;
    private final InstantSource clock;
    private final StorageWatch storage;

    /** Time tracking that does not watch storage. */
    public TimeTracking(TaskStore tasks, ComponentStore components, TimeEntryStore entries, CommandRunStore commandRuns, TimeSettings settings,
            InstantSource clock) {
        this(tasks, components, entries, commandRuns, settings, clock, StorageWatch.unwatched());
    }

    @Inject
    public TimeTracking(TaskStore tasks, ComponentStore components, TimeEntryStore entries, CommandRunStore commandRuns, TimeSettings settings,
            InstantSource clock, StorageWatch storage) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.components = requireNonNull(components, "components is null");
        this.entries = requireNonNull(entries, "entries is null");
        this.commandRuns = requireNonNull(commandRuns, "commandRuns is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Starts a timer for {@code user} on a task now, stopping their running one at the same instant.
     *
     * @throws DomainException.NotFound when the task does not exist
     */
    public TimeEntryStore.Started start(TaskId taskId, String user, ZoneId zone, Activity activity) {
        storage.requireRoomToWrite();
        Task task = requireTask(taskId);
        // The user's own timer only: a start checks one task, not every running timer.
        current(user);
        BillingDefaults billing = billingFor(task, null, null);
        Instant now = now();
        return entries.start(new TimeEntryDetails(taskId, user, now, null, zone, billing.client(), billing.project(), true, null, activity), now);
    }

    /**
     * Stops {@code user}'s running timer at {@code at} (null: now), which may lie in the past but not after now.
     * A stop names no version: when another node stops or replaces the timer between this read and this
     * write, the stop is decided again on what is running then, as if it had come a moment later.
     *
     * @throws DomainException.NotFound when the user has no running timer
     */
    public TimeEntry stop(String user, Instant at) {
        return UnversionedRetry.run(OptionalLong.empty(), () -> {
            TimeEntry running = current(user).orElseThrow(() -> new DomainException.NotFound("running timer of", user));
            Instant now = now();
            if (at != null && at.truncatedTo(ChronoUnit.SECONDS).isAfter(now)) {
                throw new DomainException.InvalidInput("at", at, "a timer stops now or at a past instant, not after now (" + now + ")");
            }
            return entries.update(running.changed(running.details().stoppedAt(at == null ? now : at), now), false);
        });
    }

    /**
     * Stops {@code user}'s running timer (forgotten, say) at the last activity on its task since the
     * timer started: the latest of the task's last update, its last history event and the end of the
     * user's last command run on it (runs of other users are their work, not this timer's), none
     * after now. The entry is stopped, never deleted.
     *
     * @throws DomainException.NotFound when the user has no running timer (one whose task was closed meanwhile was stopped at the close)
     * @throws DomainException.Conflict (reason {@value #NO_ACTIVITY}) when nothing happened on the task since the timer started
     */
    public TimeEntry stopAtLastActivity(String user) {
        return UnversionedRetry.run(OptionalLong.empty(), () -> {
            TimeEntry running = current(user).orElseThrow(() -> new DomainException.NotFound("running timer of", user));
            TimeEntryDetails details = running.details();
            Instant now = now();
            Instant last = details.lastActivity(activityOn(details.taskId(), user, details.start(), now), now).orElseThrow(() ->
                    new DomainException.Conflict(NO_ACTIVITY, "nothing happened on task %s since %s's timer (time entry %s) started at %s: stop it at an explicit instant instead"
                            .formatted(details.taskId(), user, running.id(), details.start())));
            return entries.update(running.changed(details.stoppedAt(last), now), false);
        });
    }

    private List<Instant> activityOn(TaskId taskId, String user, Instant since, Instant now) {
        Optional<Task> task = tasks.find(taskId);
        Stream<Instant> updated = task.map(Task::updatedAt).stream();
        Stream<Instant> events = Pages.all(page -> tasks.history(taskId, page)).stream().map(TaskEvent::at);
        CommandRunQuery ownRuns = new CommandRunQuery(Set.of(taskId), null, user, null, since, now.plusSeconds(1), null);
        Stream<Instant> runs = Pages.all(page -> commandRuns.search(ownRuns, page)).stream().map(CommandRun::endedAt);
        return Stream.of(updated, events, runs).flatMap(stream -> stream).toList();
    }

    /** The user's running timer; one whose task was closed meanwhile is stopped at the close instant first, and none is returned. */
    public Optional<TimeEntry> current(String user) {
        return entries.running(requireNonNull(user, "user is null")).filter(running -> stopIfTaskClosed(running, now()).isEmpty());
    }

    /**
     * Stops every running timer whose task was closed meanwhile (done, cancelled, or closed by its
     * alert's resolution, whichever path closed it) at the instant the task was closed, or at the
     * timer's own start when it began after that; returns the timers stopped. Reopening the task
     * later keeps these entries: they are never removed. Does nothing when {@code stopOnClose} is off.
     */
    public List<TimeEntry> stopTimersOfClosedTasks() {
        Instant now = now();
        return entries.runningSince(now.plusSeconds(1)).stream().flatMap(running -> stopIfTaskClosed(running, now).stream()).toList();
    }

    /** The timer stopped at its task's close instant, or empty when the task is open (or stopping on close is off). */
    private Optional<TimeEntry> stopIfTaskClosed(TimeEntry running, Instant now) {
        if (!settings.stopOnClose()) {
            return Optional.empty();
        }
        return tasks.find(running.details().taskId()).filter(task -> task.status().isClosed()).flatMap(task -> stopAtClose(running, task, now));
    }

    /** Empty when another writer changed the timer first (stopped it, say): theirs stands. */
    private Optional<TimeEntry> stopAtClose(TimeEntry running, Task task, Instant now) {
        Instant closed = task.completedAt().isBefore(running.details().start()) ? running.details().start() : task.completedAt();
        try {
            return Optional.of(entries.update(running.changed(running.details().stoppedAt(closed), now), false));
        } catch (DomainException.Conflict changedMeanwhile) {
            return Optional.empty();
        }
    }

    /**
     * Adds an entry by hand; client and project default from the task, then from the client and
     * project tags of the components it is linked to (tags inherit down the tree).
     *
     * @throws DomainException.Conflict (reason {@code overlap}) naming the overlapping entry, when overlaps are refused
     */
    public TimeEntry add(NewEntry entry) {
        storage.requireRoomToWrite();
        Task task = requireTask(entry.taskId());
        BillingDefaults billing = billingFor(task, entry.client(), entry.project());
        return entries.add(new TimeEntryDetails(entry.taskId(), entry.user(), entry.start(), entry.end(), entry.zone(), billing.client(),
                billing.project(), entry.billable() == null || entry.billable(), entry.note(), entry.activity()), now(), settings.refuseOverlaps());
    }

    /** The entries of the same user an entry overlaps: what is reported when overlaps are stored rather than refused. */
    public List<TimeEntry> overlapsOf(TimeEntryId id) {
        TimeEntry entry = get(id);
        return entries.overlapping(entry.details().user(), entry.details().start(), entry.details().end()).stream()
                .filter(other -> !other.id().equals(id)).toList();
    }

    /** Replaces an entry's details at {@code expectedVersion}. */
    public TimeEntry edit(TimeEntryId id, long expectedVersion, TimeEntryDetails details) {
        storage.requireRoomToWrite();
        TimeEntry stored = get(id);
        if (stored.version() != expectedVersion) {
            throw DomainException.Conflict.staleVersion("time entry", id, expectedVersion, stored.version());
        }
        requireTask(details.taskId());
        return entries.update(stored.changed(details, now()), settings.refuseOverlaps());
    }

    /** Splits a stopped entry at {@code at}: the entry keeps the first part, a new entry takes the rest. */
    public List<TimeEntry> split(TimeEntryId id, Instant at) {
        storage.requireRoomToWrite();
        TimeEntry stored = get(id);
        List<TimeEntryDetails> parts = stored.splitAt(at);
        // The new part first: should the second write fail, time is counted twice (and shows as an overlap), never lost.
        TimeEntry second = entries.add(parts.get(1), now(), false);
        return List.of(entries.update(stored.changed(parts.get(0), now()), false), second);
    }

    /** Merges two entries into the one starting first, which then covers both; the other is deleted. Either order may be given. */
    public TimeEntry merge(TimeEntryId one, TimeEntryId other) {
        storage.requireRoomToWrite();
        TimeEntry a = get(one);
        TimeEntry b = get(other);
        boolean aFirst = !b.details().start().isBefore(a.details().start());
        TimeEntry first = aFirst ? a : b;
        TimeEntry second = aFirst ? b : a;
        TimeEntryDetails merged = first.mergedWith(second);
        // Widen first, then delete: should the delete fail, time is counted twice, never lost.
        TimeEntry widened = entries.update(first.changed(merged, now()), false);
        entries.delete(second.id(), second.version());
        return widened;
    }

    public void delete(TimeEntryId id, long expectedVersion) {
        storage.requireRoomToWrite();
        entries.delete(requireNonNull(id, "id is null"), expectedVersion);
    }

    public TimeEntry get(TimeEntryId id) {
        return entries.find(requireNonNull(id, "id is null")).orElseThrow(() -> new DomainException.NotFound("time entry", id.toString()));
    }

    /**
     * The entries matching {@code filter} by start then id, at most {@code limit} of them; {@code truncated} says more matched.
     *
     * @throws DomainException.InvalidInput (field {@code limit}) outside 1 to {@value #MAX_LIST_LIMIT}
     */
    public ListedEntries list(TimeEntryFilter filter, int limit) {
        requireNonNull(filter, "filter is null");
        if (limit < 1 || limit > MAX_LIST_LIMIT) {
            throw new DomainException.InvalidInput("limit", limit, "expected a whole number from 1 to " + MAX_LIST_LIMIT);
        }
        try (Stream<TimeEntry> matching = entries.matching(filter)) {
            List<TimeEntry> found = matching.limit(limit + 1L).toList();
            return found.size() > limit ? new ListedEntries(found.subList(0, limit), true) : new ListedEntries(found, false);
        }
    }

    /** Timers running longer than the configured limit: probably forgotten, for the user to stop at the right instant. */
    public List<TimeEntry> suspicious() {
        stopTimersOfClosedTasks();
        return entries.runningSince(now().minus(settings.suspiciousAfter()));
    }

    /** The client and project an entry on {@code task} bills to when none are given. */
    BillingDefaults billingOf(Task task) {
        return billingFor(task, null, null);
    }

    /** The codes given, else the task's, else its linked components' client and project tags; components are read only when needed. */
    private BillingDefaults billingFor(Task task, BillingCode client, BillingCode project) {
        BillingCode chosenClient = client != null ? client : task.details().client();
        // The task's project belongs to the task's client: it is no default for work billed to another client.
        BillingCode taskProject = Objects.equals(chosenClient, task.details().client()) ? task.details().project() : null;
        BillingDefaults known = new BillingDefaults(chosenClient, project != null ? project : taskProject);
        if (known.isComplete()) {
            return known;
        }
        List<Map<String, String>> tags = components.linksOfTask(task.id(), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(link -> !link.isTombstone())
                .<Map<String, String>>map(link -> EffectiveTags.of(components, link.componentId()))
                .toList();
        return BillingDefaults.choose(known.client(), known.project(), tags);
    }

    private Task requireTask(TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        return tasks.find(taskId).orElseThrow(() -> new DomainException.NotFound("task", taskId.toString()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
