package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runbooks in sorted maps, for use-case and HTTP tests. Every call is synchronized, so each is
 * atomic as the port asks. Attachments remember, per task, each runbook attached and whether the
 * task's resolution was counted for it. Attaching and counting a resolution change the counts only;
 * {@code updatedAt} follows saves. Drift reviews are kept per runbook and task.
 */
public final class InMemoryRunbookStore implements RunbookStore {

    private final Map<String, StoredRunbook> bySlug = new TreeMap<>();
    /** Task id, then slug, then whether the task's resolution was counted for that runbook. */
    private final Map<TaskId, Map<String, Boolean>> attachments = new TreeMap<>((left, right) -> Long.compare(left.value(), right.value()));
    /** Slug, then task id, then the review of that task's drift. */
    private final Map<String, Map<TaskId, DriftReview>> reviews = new TreeMap<>();

    @Override
    public synchronized StoredRunbook save(Runbook runbook, int version, String document, Instant now) {
        requireNonNull(runbook, "runbook is null");
        requireNonNull(document, "document is null");
        requireNonNull(now, "now is null");
        StoredRunbook stored = bySlug.get(runbook.slug().value());
        if (stored != null && stored.version() >= version) {
            throw new DomainException.Conflict("stale-version",
                    "runbook %s is stored at version %d, not below %d".formatted(runbook.slug(), stored.version(), version));
        }
        StoredRunbook saved = stored == null ? new StoredRunbook(runbook, version, document, 0, 0, now, now)
                : new StoredRunbook(runbook, version, document, stored.timesUsed(), stored.timesResolved(), stored.createdAt(), now);
        bySlug.put(runbook.slug().value(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<StoredRunbook> find(RunbookSlug slug) {
        return Optional.ofNullable(bySlug.get(requireNonNull(slug, "slug is null").value()));
    }

    @Override
    public synchronized List<StoredRunbook> list() {
        return List.copyOf(bySlug.values());
    }

    @Override
    public synchronized List<StoredRunbook> matching(String alertName, List<String> componentKinds, Map<String, String> tags) {
        return bySlug.values().stream().filter(stored -> matches(stored.runbook().scope(), alertName, componentKinds, tags)).toList();
    }

    private static boolean matches(RunbookScope scope, String alertName, List<String> componentKinds, Map<String, String> tags) {
        if (alertName != null && scope.alertNames().contains(alertName)) {
            return true;
        }
        boolean kindMatches = componentKinds != null && componentKinds.stream().anyMatch(scope.componentKinds()::contains);
        Map<String, String> present = tags == null ? Map.of() : tags;
        return kindMatches && scope.tags().entrySet().stream().allMatch(tag -> tag.getValue().equals(present.get(tag.getKey())));
    }

    @Override
    public synchronized boolean attach(RunbookSlug slug, TaskId taskId, Instant now) {
        requireNonNull(taskId, "taskId is null");
        requireNonNull(now, "now is null");
        StoredRunbook stored = find(slug).orElseThrow(() -> new DomainException.NotFound("runbook", slug.value()));
        Map<String, Boolean> ofTask = attachments.computeIfAbsent(taskId, id -> new TreeMap<>());
        if (ofTask.containsKey(slug.value())) {
            return false;
        }
        ofTask.put(slug.value(), false);
        bySlug.put(slug.value(), new StoredRunbook(stored.runbook(), stored.version(), stored.document(), stored.timesUsed() + 1,
                stored.timesResolved(), stored.createdAt(), stored.updatedAt()));
        return true;
    }

    @Override
    public synchronized boolean resolved(TaskId taskId, Instant now) {
        requireNonNull(now, "now is null");
        Map<String, Boolean> ofTask = attachments.getOrDefault(requireNonNull(taskId, "taskId is null"), Map.of());
        boolean counted = false;
        for (String slug : new ArrayList<>(ofTask.keySet())) {
            StoredRunbook stored = bySlug.get(slug);
            if (!ofTask.get(slug) && stored != null) {
                ofTask.put(slug, true);
                bySlug.put(slug, new StoredRunbook(stored.runbook(), stored.version(), stored.document(), stored.timesUsed(),
                        stored.timesResolved() + 1, stored.createdAt(), stored.updatedAt()));
                counted = true;
            }
        }
        return counted;
    }

    @Override
    public synchronized List<RunbookSlug> attachedTo(TaskId taskId) {
        return attachments.getOrDefault(requireNonNull(taskId, "taskId is null"), Map.of()).keySet().stream().map(RunbookSlug::new).toList();
    }

    @Override
    public synchronized boolean propose(DriftReview proposal) {
        if (!proposal.isPending()) {
            throw new IllegalArgumentException("a proposal is pending, not " + proposal.status());
        }
        Map<TaskId, DriftReview> ofRunbook = reviewsOf(proposal.slug());
        return ofRunbook.putIfAbsent(proposal.taskId(), proposal) == null;
    }

    @Override
    public synchronized Optional<DriftReview> review(RunbookSlug slug, TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        return Optional.ofNullable(reviews.getOrDefault(requireNonNull(slug, "slug is null").value(), Map.of()).get(taskId));
    }

    @Override
    public synchronized List<DriftReview> reviews(RunbookSlug slug) {
        return reviews.getOrDefault(requireNonNull(slug, "slug is null").value(), Map.of()).values().stream()
                .sorted(Comparator.comparing(DriftReview::proposedAt).thenComparing(review -> review.taskId().value()).reversed()).toList();
    }

    @Override
    public synchronized DriftReview decide(DriftReview decided) {
        if (decided.isPending()) {
            throw new IllegalArgumentException("a decision accepts or rejects, it is not " + decided.status());
        }
        Map<TaskId, DriftReview> ofRunbook = reviewsOf(decided.slug());
        DriftReview stored = ofRunbook.get(decided.taskId());
        DriftReview result = stored == null ? decided : stored.withDecisionOf(decided);
        ofRunbook.put(decided.taskId(), result);
        return result;
    }

    /**
     * Deletes a runbook as its database's ON DELETE CASCADE would, behind the port (which deletes none):
     * its scope, uses and drift reviews go with it.
     *
     * @return whether there was such a runbook
     */
    public synchronized boolean deleteBehindTheStore(RunbookSlug slug) {
        boolean existed = bySlug.remove(slug.value()) != null;
        attachments.values().forEach(ofTask -> ofTask.remove(slug.value()));
        reviews.remove(slug.value());
        return existed;
    }

    /** The reviews of a runbook that exists. */
    private Map<TaskId, DriftReview> reviewsOf(RunbookSlug slug) {
        find(slug).orElseThrow(() -> new DomainException.NotFound("runbook", slug.value()));
        return reviews.computeIfAbsent(slug.value(), key -> new TreeMap<>((left, right) -> Long.compare(left.value(), right.value())));
    }
}
