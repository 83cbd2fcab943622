package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.runbook.DocumentDiff;
import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookDrift;
import dev.opstracker.domain.runbook.RunbookGenerator;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.runbook.SourceTask;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How finished tasks drifted from the runbooks they followed, and the decisions on that drift: shown on demand,
 * accepted as a runbook's next version or rejected, and listed. {@link RunbookService} answers for it; see its methods.
 */
final class RunbookDriftReviews {

    private final FinishedTasks finished;
    private final RunbookSources sources;
    private final RunbookGenerator generator;
    private final RunbookDocuments documents;
    private final RunbookStore store;
    private final RunbookVersionWriter versions;
    private final StorageWatch storage;

    RunbookDriftReviews(FinishedTasks finished, RunbookSources sources, RunbookGenerator generator, RunbookDocuments documents, RunbookStore store,
            RunbookVersionWriter versions, StorageWatch storage) {
        this.finished = requireNonNull(finished, "finished is null");
        this.sources = requireNonNull(sources, "sources is null");
        this.generator = requireNonNull(generator, "generator is null");
        this.documents = requireNonNull(documents, "documents is null");
        this.store = requireNonNull(store, "store is null");
        this.versions = requireNonNull(versions, "versions is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /** As {@link RunbookService#drift}. */
    DriftProposal drift(RunbookSlug slug, TaskId followed) {
        StoredRunbook current = current(slug);
        requireNonNull(followed, "followed is null");
        if (current.runbook().sourceTasks().contains(followed)) {
            throw new DomainException.InvalidInput("taskId", followed, "task %s is a source of runbook %s already".formatted(followed, slug));
        }
        Task task = finished.one("taskId", followed);
        Instant now = versions.now();
        List<Task> all = new ArrayList<>(current.runbook().sourceTasks().stream().map(id -> finished.one("taskIds", id)).toList());
        all.add(task);
        List<SourceTask> read = sources.of(all, now);
        RunbookDrift drift = generator.drift(current.runbook(), read.subList(0, read.size() - 1), read.getLast());
        String diff = DocumentDiff.of(slug + ".json", current.document(), documents.canonical(drift.proposed()));
        return new DriftProposal(current.version(), followed, drift, diff);
    }

    /** As {@link RunbookService#acceptDrift}. */
    RunbookVersion accept(RunbookSlug slug, TaskId followed, String author) {
        storage.requireRoomToWrite();
        DriftReview.decider(author);
        Optional<DriftReview> proposed = undecided(slug, followed);
        DriftProposal proposal = drift(slug, followed);
        Runbook next = proposal.drift().proposed();
        RunbookVersion version = versions.save(next, documents.canonical(next), author, proposal.message());
        store.decide(proposed.orElseGet(() -> proposal.toReview(versions.now())).accepted(author, version.number(), versions.now()));
        return version;
    }

    /** As {@link RunbookService#rejectDrift}. */
    DriftReview reject(RunbookSlug slug, TaskId followed, String author, String reason) {
        storage.requireRoomToWrite();
        DriftReview.decider(author);
        DriftReview.rejectionReason(reason);
        current(slug);
        DriftReview proposed = undecided(slug, followed).orElseGet(() -> drift(slug, followed).toReview(versions.now()));
        return store.decide(proposed.rejected(author, reason, versions.now()));
    }

    /** As {@link RunbookService#reviews}. */
    List<DriftReview> reviews(RunbookSlug slug) {
        current(slug);
        return store.reviews(slug);
    }

    /** The pending review of the drift, when one was proposed; a decided one is a conflict. */
    private Optional<DriftReview> undecided(RunbookSlug slug, TaskId followed) {
        Optional<DriftReview> review = store.review(requireNonNull(slug, "slug is null"), requireNonNull(followed, "followed is null"));
        if (review.isPresent() && !review.get().isPending()) {
            throw review.get().alreadyDecided();
        }
        return review;
    }

    private StoredRunbook current(RunbookSlug slug) {
        requireNonNull(slug, "slug is null");
        return store.find(slug).orElseThrow(() -> new DomainException.NotFound("runbook", slug.value()));
    }
}
