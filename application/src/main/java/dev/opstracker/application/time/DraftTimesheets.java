package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.BillingDefaults;
import dev.opstracker.domain.time.DraftSpans;
import dev.opstracker.domain.time.Evidence;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Timesheets drafted from evidence: for a user and a day, entries proposed from each task's
 * timeline (its alert firing or its opening, status changes, the user's command runs, its close),
 * which the user accepts, edited or not. Nothing is stored or billed until accepted. Past the critical
 * storage level accepting drafts is refused before any is stored ({@link StorageWatch}).
 */
public final class DraftTimesheets {

    /** How far before the day a command run may have started and still reach into it. */
    static final Duration RUN_REACH = Duration.ofDays(1);

    private final TaskStore tasks;
    private final CommandRunStore commandRuns;
    private final TimeEntryStore entries;
    private final TimeTracking time;
    private final TaskTimeline timeline;
    private final TimeSettings settings;
    private final InstantSource clock;
    private final StorageWatch storage;

    /** Drafts that do not watch storage. */
    public DraftTimesheets(TaskStore tasks, AlertStore alerts, CommandRunStore commandRuns, TimeEntryStore entries, TimeTracking time,
            TimeSettings settings, InstantSource clock) {
        this(tasks, alerts, commandRuns, entries, time, settings, clock, StorageWatch.unwatched());
    }

    @Inject
    public DraftTimesheets(TaskStore tasks, AlertStore alerts, CommandRunStore commandRuns, TimeEntryStore entries, TimeTracking time,
            TimeSettings settings, InstantSource clock, StorageWatch storage) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.commandRuns = requireNonNull(commandRuns, "commandRuns is null");
        this.entries = requireNonNull(entries, "entries is null");
        this.time = requireNonNull(time, "time is null");
        this.timeline = new TaskTimeline(tasks, requireNonNull(alerts, "alerts is null"));
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Proposes entries for {@code user} on {@code day} in {@code zone} (23 or 25 hours on a daylight
     * saving day), up to now: one per task assigned to the user or run on by the user (their command
     * runs, matched by OS user name) with evidence that day, from its first evidence to its last,
     * clipped to the day, at least {@link TimeSettings#shortestDraft()} long. Time the user recorded
     * already is cut out, splitting a draft if need be; where drafts of two tasks would share time,
     * the shorter one keeps it (more specific evidence wins) and the longer is cut; pieces under a
     * minute are dropped. A task an alert opened is drafted as {@link Activity#INCIDENT}; any other as
     * {@link Activity#OTHER}, since its evidence cannot tell maintenance from a change or support work,
     * and a rate for the wrong activity would bill silently. Ordered by start.
     */
    public List<DraftEntry> propose(String user, LocalDate day, ZoneId zone) {
        requireUser(user);
        requireNonNull(day, "day is null");
        requireNonNull(zone, "zone is null");
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!now.isAfter(dayStart)) {
            return List.of();
        }
        TimeRange window = new TimeRange(dayStart, now.isBefore(dayEnd) ? now : dayEnd);
        Map<TaskId, List<CommandRun>> runs = runsOf(user, window);
        List<Proposal> proposals = new ArrayList<>();
        for (TaskId taskId : candidates(user, window, runs)) {
            tasks.find(taskId).ifPresent(task -> proposal(task, runs.getOrDefault(taskId, List.of()), window, zone).ifPresent(proposals::add));
        }
        List<TimeRange> claimed = new ArrayList<>(recorded(user, window));
        List<DraftEntry> drafts = new ArrayList<>();
        proposals.sort(Comparator.comparing((Proposal proposal) -> Duration.between(proposal.span().from(), proposal.span().to()))
                .thenComparing(proposal -> proposal.template().taskId().value()));
        for (Proposal proposal : proposals) {
            for (TimeRange piece : DraftSpans.subtract(proposal.span(), claimed)) {
                drafts.add(proposal.template().withSpan(piece.from(), piece.to()));
                claimed.add(piece);
            }
        }
        drafts.sort(Comparator.comparing(DraftEntry::start).thenComparing(draft -> draft.taskId().value()));
        return List.copyOf(drafts);
    }

    /**
     * Adds each draft as a billable entry of {@code user} through {@link TimeTracking#add}, its note
     * listing the evidence; drafts may have been edited (span, activity) since they were proposed.
     * One at a time, in the order given: should one be refused (an overlap, say), the drafts before
     * it stay accepted as entries, the rest are not added, and the conflict names both, so the user
     * can resolve it and accept the rest.
     *
     * @throws DomainException.Conflict (reason {@code overlap}) naming the entry the refused draft overlaps
     * @throws DomainException.NotFound when a draft's task no longer exists
     */
    public List<TimeEntry> accept(String user, List<DraftEntry> drafts) {
        storage.requireRoomToWrite();
        requireUser(user);
        List<TimeEntry> accepted = new ArrayList<>();
        for (DraftEntry draft : List.copyOf(requireNonNull(drafts, "drafts is null"))) {
            NewEntry entry = new NewEntry(draft.taskId(), user, draft.start(), draft.end(), draft.zone(), draft.client(), draft.project(), true,
                    draft.note(), draft.activity());
            try {
                accepted.add(time.add(entry));
            } catch (DomainException.Conflict refused) {
                throw new DomainException.Conflict(refused.reason(), "draft %d of %d (task %s, %s to %s) was refused: %s; accepted before it: %s"
                        .formatted(accepted.size() + 1, drafts.size(), draft.taskId(), draft.start(), draft.end(), refused.getMessage(),
                                accepted.isEmpty() ? "none" : accepted.stream().map(done -> "time entry " + done.id()).collect(Collectors.joining(", "))));
            }
        }
        return List.copyOf(accepted);
    }

    /**
     * Accepts the drafts of {@code day} that {@code edits} name by task, as the person edited them: the
     * drafts are proposed again from the evidence, so what is recorded is what the evidence shows
     * unless the person changed it. Accepted as {@link #accept(String, List)} does.
     *
     * @throws DomainException.NotFound when a task named has no draft that day
     */
    public List<TimeEntry> accept(String user, LocalDate day, ZoneId zone, List<DraftEdit> edits) {
        storage.requireRoomToWrite();
        List<DraftEntry> proposed = propose(user, day, zone);
        List<DraftEntry> chosen = new ArrayList<>();
        for (DraftEdit edit : List.copyOf(requireNonNull(edits, "edits is null"))) {
            chosen.add(edited(proposed, edit));
        }
        return accept(user, chosen);
    }

    private static DraftEntry edited(List<DraftEntry> proposed, DraftEdit edit) {
        List<DraftEntry> ofTask = proposed.stream().filter(draft -> draft.taskId().equals(edit.taskId())).toList();
        if (ofTask.isEmpty()) {
            throw new DomainException.NotFound("draft for task", edit.taskId().toString());
        }
        DraftEntry draft = ofTask.stream()
                .filter(candidate -> edit.start() != null && !edit.start().isBefore(candidate.start()) && edit.start().isBefore(candidate.end()))
                .findFirst().orElse(ofTask.getFirst());
        DraftEntry spanned = draft.withSpan(edit.start() == null ? draft.start() : edit.start(), edit.end() == null ? draft.end() : edit.end());
        return edit.activity() == null ? spanned : spanned.withActivity(edit.activity());
    }

    /** A task's draft before recorded time and other drafts are cut out: its whole span, and the draft it becomes. */
    private record Proposal(TimeRange span, DraftEntry template) {
    }

    private Optional<Proposal> proposal(Task task, List<CommandRun> ownRuns, TimeRange window, ZoneId zone) {
        TaskTimeline.Timeline found = timeline.of(task, ownRuns);
        return DraftSpans.span(found.evidence(), window, settings.shortestDraft()).map(span -> {
            BillingDefaults billing = time.billingOf(task);
            List<Evidence> that = found.evidence().stream().filter(item -> item.within(window)).toList();
            return new Proposal(span, new DraftEntry(task.id(), task.details().title(), span.from(), span.to(), zone,
                    found.openedByAlert() ? Activity.INCIDENT : Activity.OTHER, billing.client(), billing.project(), that));
        });
    }

    /** The user's command runs reaching into the window, by task. */
    private Map<TaskId, List<CommandRun>> runsOf(String user, TimeRange window) {
        CommandRunQuery query = new CommandRunQuery(null, null, user, null, window.from().minus(RUN_REACH), window.to(), null);
        return Pages.all(page -> commandRuns.search(query, page)).stream()
                .filter(run -> !run.endedAt().isBefore(window.from()))
                .collect(Collectors.groupingBy(CommandRun::taskId, () -> new TreeMap<>(Comparator.comparingLong(TaskId::value)), Collectors.toList()));
    }

    /** The tasks the user ran commands on, and those assigned to them changed since the window began, by id. */
    private List<TaskId> candidates(String user, TimeRange window, Map<TaskId, List<CommandRun>> runs) {
        TaskFilter assigned = TaskFilter.any().withAssignee(user);
        SortedSet<Long> ids = new TreeSet<>();
        runs.keySet().forEach(id -> ids.add(id.value()));
        Pages.all(page -> tasks.list(assigned, page)).stream().filter(task -> !task.updatedAt().isBefore(window.from()))
                .forEach(task -> ids.add(task.id().value()));
        return ids.stream().map(TaskId::of).toList();
    }

    /** The spans the user's entries cover within the window; a running entry goes on for ever. */
    private List<TimeRange> recorded(String user, TimeRange window) {
        return entries.overlapping(user, window.from(), window.to()).stream()
                .filter(entry -> entry.details().end() == null || entry.details().end().isAfter(entry.details().start()))
                .map(entry -> new TimeRange(entry.details().start(), entry.details().end() == null ? Instant.MAX : entry.details().end()))
                .toList();
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new DomainException.InvalidInput("user", user, "the user whose time is drafted");
        }
    }
}
