package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookArchive;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookGenerator;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.runbook.SourceTask;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.TimeEntryStore;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runbooks learnt from finished work: generated from named tasks or from a filter, kept with their
 * history in the archive and their current version in the store, listed, compared, restored and
 * rendered. A generated runbook whose slug exists becomes that runbook's next version. Safe for
 * concurrent use as far as its stores are. Past the critical storage level generating, restoring and
 * accepting drift are refused before the archive or the store is written ({@link StorageWatch}).
 */
public final class RunbookService {

    /** The most tasks one runbook is learnt from. */
    public static final int MAX_TASKS = 1_000;

    private final TaskStore tasks;
    private final FinishedTasks finished;
    private final RunbookStore store;
    private final RunbookArchive archive;
    private final RunbookDocuments documents;
    private final RunbookSources sources;
    private final RunbookGenerator generator;
    private final RunbookVersionWriter versions;
    private final RunbookDriftReviews drifts;
    private final AuditLog audit;
    private final StorageWatch storage;

    /** Runbooks that do not watch storage. */
    public RunbookService(TaskStore tasks, AlertStore alerts, ComponentStore components, LinkedWork linkedWork, CommandCapture commands,
            TimeEntryStore entries, RunbookStore store, RunbookArchive archive, RunbookDocuments documents, CaptureSettings capture,
            AuditLog audit, InstantSource clock) {
        this(tasks, alerts, components, linkedWork, commands, entries, store, archive, documents, capture, audit, clock, StorageWatch.unwatched());
    }

    @Inject
    public RunbookService(TaskStore tasks, AlertStore alerts, ComponentStore components, LinkedWork linkedWork, CommandCapture commands,
            TimeEntryStore entries, RunbookStore store, RunbookArchive archive, RunbookDocuments documents, CaptureSettings capture,
            AuditLog audit, InstantSource clock, StorageWatch storage) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.finished = new FinishedTasks(tasks, alerts, linkedWork);
        this.store = requireNonNull(store, "store is null");
        this.archive = requireNonNull(archive, "archive is null");
        this.documents = requireNonNull(documents, "documents is null");
        this.sources = new RunbookSources(tasks, alerts, components, commands, entries);
        this.generator = new RunbookGenerator(requireNonNull(capture, "capture is null").masker());
        this.audit = requireNonNull(audit, "audit is null");
        this.storage = requireNonNull(storage, "storage is null");
        this.versions = new RunbookVersionWriter(archive, store, requireNonNull(clock, "clock is null"));
        this.drifts = new RunbookDriftReviews(finished, sources, generator, documents, store, versions, storage);
    }

    /**
     * Learns a runbook from the finished tasks {@code taskIds}, in that order, and saves it as a new
     * runbook or as the next version of the one with its slug (the archive's message names the tasks).
     * A runbook equal to the current version saves nothing and returns the current version.
     *
     * @throws DomainException.NotFound     naming a task that does not exist
     * @throws DomainException.InvalidInput field {@code taskIds} when none is given, more than {@value #MAX_TASKS}, or
     *                                      one is not DONE (naming it and its status); {@code title} or {@code author} when blank
     */
    public RunbookVersion generate(String title, List<TaskId> taskIds, String author) {
        storage.requireRoomToWrite();
        requireAuthor(author);
        if (taskIds == null || taskIds.isEmpty() || taskIds.size() > MAX_TASKS) {
            throw new DomainException.InvalidInput("taskIds", taskIds == null ? null : taskIds.size() + " tasks",
                    "a runbook is learnt from 1 to " + MAX_TASKS + " finished tasks");
        }
        List<Task> done = taskIds.stream().distinct().map(id -> finished.one("taskIds", id)).toList();
        return learn(title, done, author);
    }

    /**
     * Learns a runbook from the DONE tasks {@code filter} selects, by ascending task id, and saves it
     * as {@link #generate(String, List, String)} does.
     *
     * @throws DomainException.InvalidInput field {@code filter} when it selects no task or more than {@value #MAX_TASKS}
     */
    public RunbookVersion generate(String title, RunbookFilter filter, String author) {
        storage.requireRoomToWrite();
        requireNonNull(filter, "filter is null");
        requireAuthor(author);
        List<Task> selected = finished.selectedBy(filter, MAX_TASKS);
        if (selected.isEmpty()) {
            throw new DomainException.InvalidInput("filter", filter, "no finished task matches the filter");
        }
        return learn(title, selected, author);
    }

    /**
     * The runbook as the store holds it: its current version and counts.
     *
     * @throws DomainException.NotFound when there is no such runbook
     */
    public StoredRunbook get(RunbookSlug slug) {
        requireNonNull(slug, "slug is null");
        return store.find(slug).orElseThrow(() -> new DomainException.NotFound("runbook", slug.value()));
    }

    /** Every runbook, by slug. */
    public List<StoredRunbook> list() {
        return store.list();
    }

    /**
     * The runbook's versions, newest first.
     *
     * @throws DomainException.NotFound when the archive holds no version of it
     */
    public List<RunbookVersion> versions(RunbookSlug slug) {
        requireNonNull(slug, "slug is null");
        List<RunbookVersion> versions = archive.versions(slug);
        if (versions.isEmpty()) {
            throw new DomainException.NotFound("runbook", slug.value());
        }
        return versions;
    }

    /**
     * A unified diff of the runbook's document from version {@code from} to {@code to}; empty when they are equal.
     *
     * @throws DomainException.NotFound ({@code "runbook version"}) when either version does not exist
     */
    public String diff(RunbookSlug slug, int from, int to) {
        return archive.diff(requireNonNull(slug, "slug is null"), from, to);
    }

    /** As {@link #restore(RunbookSlug, int, Actor)} by {@code author}, a name without a token. */
    public RunbookVersion restore(RunbookSlug slug, int version, String author) {
        requireAuthor(author);
        return restore(slug, version, Actor.named(author));
    }

    /**
     * Makes an old version current again by saving its document as the newest version, so the
     * history keeps everything; restoring the current version changes nothing and returns it. The
     * actor's name is the version's author, and the restore is recorded in the audit log.
     *
     * @throws DomainException.NotFound ({@code "runbook version"}) when that version does not exist
     */
    public RunbookVersion restore(RunbookSlug slug, int version, Actor actor) {
        storage.requireRoomToWrite();
        requireNonNull(slug, "slug is null");
        requireNonNull(actor, "actor is null");
        String document = archive.document(slug, version);
        Runbook runbook = documents.read(document);
        String message = archive.versions(slug).stream().filter(old -> old.number() == version).findFirst()
                .map(old -> "Restore version %d of %s: %s".formatted(version, slug, old.message()))
                .orElse("Restore version %d of %s".formatted(version, slug));
        RunbookVersion restored = versions.save(runbook, document, actor.name(), message);
        audit.record(actor, AuditAction.RUNBOOK_RESTORED, "runbook " + slug, "version %d restored as version %d".formatted(version, restored.number()));
        return restored;
    }

    /**
     * The current version of the runbook in {@code form}.
     *
     * @throws DomainException.NotFound when there is no such runbook
     */
    public String render(RunbookSlug slug, RunbookDocuments.Form form) {
        requireNonNull(form, "form is null");
        return documents.render(get(slug).runbook(), form);
    }

    /**
     * The runbooks suggested for a task (attached when an alert opened it), by slug.
     *
     * @throws DomainException.NotFound when there is no such task
     */
    public List<StoredRunbook> suggestedFor(TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        tasks.find(taskId).orElseThrow(() -> new DomainException.NotFound("task", taskId.toString()));
        return store.attachedTo(taskId).stream().flatMap(slug -> store.find(slug).stream()).toList();
    }

    /**
     * What the finished task {@code followed} did differently from the runbook (steps skipped,
     * commands added or failed) and the next version learnt from the runbook's source tasks and then
     * it, with a diff from the current document; nothing is saved.
     *
     * @throws DomainException.NotFound     when there is no such runbook, or a task (the followed one or a source) does not exist
     * @throws DomainException.InvalidInput field {@code taskId} when the task is not DONE or is a source of the runbook already
     */
    public DriftProposal drift(RunbookSlug slug, TaskId followed) {
        return drifts.drift(slug, followed);
    }

    /**
     * Saves the drift proposal of {@code followed} as the runbook's next version, with the message
     * {@code Drift from task <n>: <summary>}, and records its review ACCEPTED by {@code author} with that version.
     * The proposal is made again from the current version, so what is saved is what {@link #drift} shows now;
     * a review proposed earlier keeps the version and summary it proposed. A drift never proposed is recorded accepted.
     * Should another person reject the same drift between the check and the record, the version stays saved and the
     * rejection stands: this call then fails with the conflict.
     *
     * @throws DomainException.Conflict     (reason {@value DriftReview#ALREADY_DECIDED}) when the drift was accepted or
     *                                      rejected already, naming who did, how and when; nothing is saved
     * @throws DomainException.InvalidInput field {@code author} when blank or too long; as {@link #drift} otherwise
     */
    public RunbookVersion acceptDrift(RunbookSlug slug, TaskId followed, String author) {
        return drifts.accept(slug, followed, author);
    }

    /**
     * Records the drift of {@code followed} REJECTED by {@code author}, for {@code reason} (optional); no version is
     * saved and the runbook stays as it is. A drift never proposed is computed as {@link #drift} does and recorded rejected.
     *
     * @return the review as recorded
     * @throws DomainException.Conflict     as {@link #acceptDrift}
     * @throws DomainException.NotFound     when there is no such runbook; for a drift never proposed, as {@link #drift}
     * @throws DomainException.InvalidInput field {@code author} when blank or too long, {@code reason} when longer than
     *                                      {@value DriftReview#MAX_REASON_LENGTH} characters; for a drift never proposed, as {@link #drift}
     */
    public DriftReview rejectDrift(RunbookSlug slug, TaskId followed, String author, String reason) {
        return drifts.reject(slug, followed, author, reason);
    }

    /**
     * The runbook's drift reviews, newest first (by when they were proposed, then by task id, higher first): those proposed
     * when a task it was attached to closed DONE having gone another way, and those decided on demand.
     *
     * @throws DomainException.NotFound when there is no such runbook
     */
    public List<DriftReview> reviews(RunbookSlug slug) {
        return drifts.reviews(slug);
    }

    private RunbookVersion learn(String title, List<Task> finished, String author) {
        List<SourceTask> learnt = sources.of(finished, versions.now());
        Runbook runbook = generator.generate(title, learnt);
        String message = "Generated from tasks " + finished.stream().map(task -> Long.toString(task.id().value())).collect(Collectors.joining(", "));
        return versions.save(runbook, documents.canonical(runbook), author, message);
    }

    private static void requireAuthor(String author) {
        if (author == null || author.isBlank()) {
            throw new DomainException.InvalidInput("author", author, "a runbook version names who saved it");
        }
    }
}
