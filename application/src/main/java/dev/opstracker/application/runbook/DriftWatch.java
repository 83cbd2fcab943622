package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drift proposed for review as tasks close: when a task with runbooks attached ends DONE, its drift from each
 * runbook's current version is computed as {@link RunbookService#drift} does, and recorded as a pending review
 * when the task did not follow the runbook step by step; once per runbook and task, so a task closed again
 * proposes nothing new. A task that is a source of the runbook already is not compared with it, nor is a
 * task that ran no command: it followed no procedure (an alert that resolved itself closes such a task), and
 * "every step skipped" would only be noise.
 *
 * <p>Proposing never makes closing a task fail: a failure for one runbook (a source task deleted, the runbook
 * gone) goes to {@link Failures}, naming the runbook and the task only, and the other runbooks are still proposed.
 */
public final class DriftWatch implements TaskLifecycleListener {

    /** Told of a proposal that failed; in production it logs a warning. Never given command text or output beyond the failure itself. */
    @FunctionalInterface
    public interface Failures {

        /**
         * Proposing the drift of {@code taskId} failed.
         *
         * @param slug the runbook it was proposed for; null when the task's runbooks could not be read
         */
        void proposalFailed(RunbookSlug slug, TaskId taskId, RuntimeException failure);
    }

    private final TaskStore tasks;
    private final RunbookStore store;
    private final CommandRunStore runs;
    private final Provider<RunbookService> runbooks;
    private final Failures failures;
    private final InstantSource clock;

    public DriftWatch(TaskStore tasks, RunbookStore store, CommandRunStore runs, RunbookService runbooks, Failures failures, InstantSource clock) {
        this(tasks, store, runs, built(runbooks), failures, clock);
    }

    /**
     * @param runbooks the service drift is computed with, asked for only when a task with a runbook closes: a
     *                 program that never uses runbooks never builds it (nor the command capture and keys it needs)
     */
    @Inject
    public DriftWatch(TaskStore tasks, RunbookStore store, CommandRunStore runs, Provider<RunbookService> runbooks, Failures failures,
            InstantSource clock) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.store = requireNonNull(store, "store is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.runbooks = requireNonNull(runbooks, "runbooks is null");
        this.failures = requireNonNull(failures, "failures is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Proposes the task's drift from each runbook attached to it, when it is DONE; never throws.
     *
     * @return the reviews proposed now, by slug; empty when the task is not DONE, has no runbook, ran no command or followed each exactly
     */
    public List<DriftReview> proposeFor(TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        List<RunbookSlug> attached;
        try {
            boolean done = tasks.find(taskId).map(task -> task.status() == TaskStatus.DONE).orElse(false);
            attached = done ? store.attachedTo(taskId) : List.of();
            if (!attached.isEmpty() && ranNothing(taskId)) {
                return List.of();
            }
        } catch (RuntimeException failure) {
            failures.proposalFailed(null, taskId, failure);
            return List.of();
        }
        List<DriftReview> proposed = new ArrayList<>();
        for (RunbookSlug slug : attached) {
            try {
                propose(slug, taskId).ifPresent(proposed::add);
            } catch (RuntimeException failure) {
                failures.proposalFailed(slug, taskId, failure);
            }
        }
        return proposed;
    }

    @Override
    public void taskClosed(TaskId taskId) {
        proposeFor(taskId);
    }

    private static Provider<RunbookService> built(RunbookService runbooks) {
        requireNonNull(runbooks, "runbooks is null");
        return () -> runbooks;
    }

    private boolean ranNothing(TaskId taskId) {
        return runs.search(CommandRunQuery.ofTask(taskId), PageRequest.first(1).withoutTotal()).items().isEmpty();
    }

    private Optional<DriftReview> propose(RunbookSlug slug, TaskId taskId) {
        if (store.review(slug, taskId).isPresent()) {
            return Optional.empty();
        }
        Optional<StoredRunbook> runbook = store.find(slug);
        if (runbook.isEmpty() || runbook.get().runbook().sourceTasks().contains(taskId)) {
            return Optional.empty();
        }
        DriftProposal proposal = runbooks.get().drift(slug, taskId);
        if (proposal.drift().followedExactly()) {
            return Optional.empty();
        }
        DriftReview review = proposal.toReview(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return store.propose(review) ? Optional.of(review) : Optional.empty();
    }
}
