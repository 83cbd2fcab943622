package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunbookStore} must do; adapters run it against their database.
 *
 * <p>A store that keeps the canonical document and rebuilds the runbook from it takes a reader of
 * documents: such adapters pass {@link #readDocument(String)}, which reads every document this
 * contract saves back as the runbook it was saved with. The documents are plain unique text, so the
 * contract tests the store and not the JSON format.
 */
public abstract class RunbookStoreContract {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T10:30:00.123456Z");
    private static final Map<String, Runbook> DOCUMENTS = new ConcurrentHashMap<>();
    private static final AtomicLong DOCUMENT_NUMBERS = new AtomicLong();

    private RunbookStore store;

    protected abstract RunbookStore emptyStore();

    /**
     * Deletes the runbook as its database would (the port deletes no runbook), to show what goes with it.
     *
     * @return whether there was such a runbook
     */
    protected abstract boolean deleteRunbook(RunbookSlug slug);

    /** The runbook a document this contract saved stands for. */
    protected static Runbook readDocument(String document) {
        Runbook runbook = DOCUMENTS.get(document);
        if (runbook == null) {
            throw new DomainException.InvalidInput("document", document, "a document the runbook store contract saved");
        }
        return runbook;
    }

    @BeforeEach
    void store() {
        store = emptyStore();
    }

    private static Runbook runbook(String slug, String title, RunbookScope scope) {
        return new Runbook(new RunbookSlug(slug), title, "Free space before the node stops scheduling pods.", scope, List.of("kubectl access"),
                List.of(), List.of(), List.of("nothing to undo"), Duration.ofMinutes(25), List.of(TaskId.of(3), TaskId.of(9)));
    }

    private static Runbook runbook(String slug, RunbookScope scope) {
        return runbook(slug, "Runbook " + slug, scope);
    }

    private static RunbookScope alerts(String... names) {
        return RunbookScope.of(Set.of(names), Set.of(), Map.of());
    }

    private static RunbookScope components(Set<String> kinds, Map<String, String> tags) {
        return RunbookScope.of(Set.of(), kinds, tags);
    }

    private static String document(Runbook runbook, int version) {
        String document = "{\"runbook\":\"%s\",\"version\":%d,\"n\":%d}".formatted(runbook.slug(), version, DOCUMENT_NUMBERS.incrementAndGet());
        DOCUMENTS.put(document, runbook);
        return document;
    }

    private StoredRunbook save(Runbook runbook, int version, Instant now) {
        return store.save(runbook, version, document(runbook, version), now);
    }

    private List<String> slugs(List<StoredRunbook> runbooks) {
        return runbooks.stream().map(stored -> stored.slug().value()).toList();
    }

    private StoredRunbook stored(String slug) {
        return store.find(new RunbookSlug(slug)).orElseThrow();
    }

    @Test
    void aSavedRunbookReadsBackEqualWithItsVersionDocumentAndTimes() {
        Runbook runbook = runbook("high-disk-usage-on-node", "High disk usage on a node: ümlaut, 日本", components(Set.of("node"), Map.of("env", "prod")));
        String document = document(runbook, 1);

        StoredRunbook saved = store.save(runbook, 1, document, NOW);

        StoredRunbook expected = new StoredRunbook(runbook, 1, document, 0, 0, NOW, NOW);
        assertThat(saved).isEqualTo(expected);
        assertThat(store.find(runbook.slug())).contains(expected);
        assertThat(store.find(new RunbookSlug("unknown-runbook"))).isEmpty();
    }

    @Test
    void savingANewerVersionReplacesTheRunbookAndItsScopeButKeepsItsCountsAndCreationTime() {
        save(runbook("restart-pod", alerts("PodCrashLooping")), 1, NOW);
        store.attach(new RunbookSlug("restart-pod"), TaskId.of(7), NOW);
        store.resolved(TaskId.of(7), NOW);
        Runbook second = runbook("restart-pod", "Restart a crash-looping pod", alerts("PodNotReady"));
        String document = document(second, 2);

        StoredRunbook saved = store.save(second, 2, document, LATER);

        StoredRunbook expected = new StoredRunbook(second, 2, document, 1, 1, NOW, LATER);
        assertThat(saved).isEqualTo(expected);
        assertThat(store.find(second.slug())).contains(expected);
        assertThat(store.list()).containsExactly(expected);
        assertThat(store.matching("PodCrashLooping", List.of(), Map.of())).isEmpty();
        assertThat(store.matching("PodNotReady", List.of(), Map.of())).containsExactly(expected);
    }

    @Test
    void savingAVersionNotAboveTheStoredOneIsAStaleVersionConflictAndChangesNothing() {
        StoredRunbook current = save(runbook("restart-pod", alerts("PodCrashLooping")), 3, NOW);
        Runbook other = runbook("restart-pod", "Another title", alerts("Other"));

        for (int version : new int[] {3, 2, 1}) {
            assertThatThrownBy(() -> save(other, version, LATER)).isInstanceOfSatisfying(DomainException.Conflict.class,
                    conflict -> assertThat(conflict.isStaleVersion()).isTrue());
        }
        assertThat(stored("restart-pod")).isEqualTo(current);
        assertThat(store.matching("Other", List.of(), Map.of())).isEmpty();
        assertThat(save(other, 5, LATER).version()).isEqualTo(5);
    }

    @Test
    void everyRunbookIsListedBySlug() {
        save(runbook("zeta-runbook", alerts("A")), 1, NOW);
        save(runbook("alpha-runbook", alerts("B")), 4, NOW);
        save(runbook("mid-runbook", alerts()), 2, NOW);

        assertThat(slugs(store.list())).containsExactly("alpha-runbook", "mid-runbook", "zeta-runbook");
        assertThat(store.list().getFirst()).isEqualTo(stored("alpha-runbook"));
    }

    @Test
    void runbooksMatchAnAlertTheirScopeNames() {
        save(runbook("disk-full", alerts("HighDiskUsage", "NodeDiskPressure")), 1, NOW);
        save(runbook("another-disk-full", alerts("HighDiskUsage")), 1, NOW);
        save(runbook("restart-pod", alerts("PodCrashLooping")), 1, NOW);

        assertThat(slugs(store.matching("HighDiskUsage", List.of(), Map.of()))).containsExactly("another-disk-full", "disk-full");
        assertThat(slugs(store.matching("NodeDiskPressure", List.of("pod"), Map.of("env", "prod")))).containsExactly("disk-full");
        assertThat(store.matching("highdiskusage", List.of(), Map.of())).isEmpty();
        assertThat(store.matching("Unrelated", List.of(), Map.of())).isEmpty();
    }

    @Test
    void runbooksMatchAComponentOfTheirKindsCarryingAllTheirTags() {
        save(runbook("prod-node", components(Set.of("node"), Map.of("env", "prod"))), 1, NOW);
        save(runbook("any-node", components(Set.of("node", "vm"), Map.of())), 1, NOW);
        save(runbook("prod-eu-node", components(Set.of("node"), Map.of("env", "prod", "region", "eu"))), 1, NOW);
        save(runbook("prod-database", components(Set.of("database"), Map.of("env", "prod"))), 1, NOW);

        assertThat(slugs(store.matching("Unrelated", List.of("node"), Map.of("env", "prod", "team", "x")))).containsExactly("any-node", "prod-node");
        assertThat(slugs(store.matching("Unrelated", List.of("node"), Map.of("env", "dev")))).containsExactly("any-node");
        assertThat(slugs(store.matching("Unrelated", List.of("node"), Map.of("env", "Prod")))).containsExactly("any-node");
        assertThat(slugs(store.matching("Unrelated", List.of("node"), Map.of("region", "eu")))).containsExactly("any-node");
        assertThat(slugs(store.matching("Unrelated", List.of("vm", "database"), Map.of("env", "prod", "region", "eu"))))
                .containsExactly("any-node", "prod-database");
        assertThat(slugs(store.matching("Unrelated", List.of("node"), Map.of("env", "prod", "region", "eu"))))
                .containsExactly("any-node", "prod-eu-node", "prod-node");
        assertThat(store.matching("Unrelated", List.of(), Map.of("env", "prod"))).isEmpty();
        assertThat(store.matching("Unrelated", List.of("pod"), Map.of())).isEmpty();
    }

    @Test
    void aRunbookMatchingByAlertAndByComponentIsSuggestedOnce() {
        Runbook both = runbook("disk-full", RunbookScope.of(Set.of("HighDiskUsage"), Set.of("node", "vm"), Map.of()));
        StoredRunbook saved = save(both, 1, NOW);

        assertThat(store.matching("HighDiskUsage", List.of("node", "vm"), Map.of("env", "prod"))).containsExactly(saved);
    }

    @Test
    void aRunbookIsAttachedToATaskOnceAndCountsEachTask() {
        RunbookSlug slug = save(runbook("restart-pod", alerts("PodCrashLooping")), 1, NOW).slug();

        assertThat(store.attach(slug, TaskId.of(7), LATER)).isTrue();
        assertThat(store.attach(slug, TaskId.of(7), LATER)).isFalse();
        assertThat(store.attach(slug, TaskId.of(8), LATER)).isTrue();

        StoredRunbook stored = stored("restart-pod");
        assertThat(stored.timesUsed()).isEqualTo(2);
        assertThat(stored.timesResolved()).isZero();
        assertThat(store.attachedTo(TaskId.of(7))).containsExactly(slug);
        assertThat(store.attachedTo(TaskId.of(99))).isEmpty();
    }

    @Test
    void aTaskListsTheRunbooksAttachedToItBySlug() {
        save(runbook("zeta-runbook", alerts("A")), 1, NOW);
        save(runbook("alpha-runbook", alerts("A")), 1, NOW);
        save(runbook("mid-runbook", alerts("A")), 1, NOW);
        store.attach(new RunbookSlug("zeta-runbook"), TaskId.of(7), NOW);
        store.attach(new RunbookSlug("alpha-runbook"), TaskId.of(7), NOW);
        store.attach(new RunbookSlug("mid-runbook"), TaskId.of(8), NOW);

        assertThat(store.attachedTo(TaskId.of(7))).containsExactly(new RunbookSlug("alpha-runbook"), new RunbookSlug("zeta-runbook"));
    }

    @Test
    void attachingAnUnknownRunbookIsNotFound() {
        assertThatThrownBy(() -> store.attach(new RunbookSlug("unknown-runbook"), TaskId.of(7), NOW))
                .isInstanceOfSatisfying(DomainException.NotFound.class, notFound -> assertThat(notFound.id()).isEqualTo("unknown-runbook"));
        assertThat(store.attachedTo(TaskId.of(7))).isEmpty();
    }

    @Test
    void aResolvedTaskCountsOnceForEachRunbookAttachedToIt() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        save(runbook("disk-full", alerts("A")), 1, NOW);
        save(runbook("unused-runbook", alerts("A")), 1, NOW);
        store.attach(new RunbookSlug("restart-pod"), TaskId.of(7), NOW);
        store.attach(new RunbookSlug("disk-full"), TaskId.of(7), NOW);
        store.attach(new RunbookSlug("disk-full"), TaskId.of(8), NOW);

        assertThat(store.resolved(TaskId.of(7), LATER)).isTrue();
        assertThat(store.resolved(TaskId.of(7), LATER)).isFalse();
        assertThat(store.resolved(TaskId.of(99), LATER)).isFalse();

        assertThat(stored("restart-pod").timesResolved()).isEqualTo(1);
        assertThat(stored("disk-full").timesResolved()).isEqualTo(1);
        assertThat(stored("disk-full").timesUsed()).isEqualTo(2);
        assertThat(stored("unused-runbook").timesResolved()).isZero();
        assertThat(store.attachedTo(TaskId.of(7))).hasSize(2);
    }

    @Test
    void aTaskAttachedAfterItWasResolvedCountsWhenResolvedAgain() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        save(runbook("disk-full", alerts("A")), 1, NOW);
        store.attach(new RunbookSlug("restart-pod"), TaskId.of(7), NOW);
        store.resolved(TaskId.of(7), NOW);
        store.attach(new RunbookSlug("disk-full"), TaskId.of(7), LATER);

        assertThat(store.resolved(TaskId.of(7), LATER)).isTrue();
        assertThat(stored("restart-pod").timesResolved()).isEqualTo(1);
        assertThat(stored("disk-full").timesResolved()).isEqualTo(1);
    }

    @Test
    void concurrentAttachesOfOneRunbookToOneTaskRecordOneUse() throws Exception {
        RunbookSlug slug = save(runbook("restart-pod", alerts("A")), 1, NOW).slug();
        int threads = 8;

        List<Boolean> outcomes = concurrently(threads, () -> store.attach(slug, TaskId.of(7), NOW));

        assertThat(outcomes).containsOnlyOnce(true).hasSize(threads);
        assertThat(stored("restart-pod").timesUsed()).isEqualTo(1);
    }

    @Test
    void concurrentResolutionsOfOneTaskCountItOnce() throws Exception {
        RunbookSlug slug = save(runbook("restart-pod", alerts("A")), 1, NOW).slug();
        store.attach(slug, TaskId.of(7), NOW);

        List<Boolean> outcomes = concurrently(8, () -> store.resolved(TaskId.of(7), LATER));

        assertThat(outcomes).containsOnlyOnce(true).hasSize(8);
        assertThat(stored("restart-pod").timesResolved()).isEqualTo(1);
    }

    @Test
    void concurrentFirstSavesOfOneRunbookKeepOneAndRefuseTheOthersWithAConflict() throws Exception {
        Runbook runbook = runbook("restart-pod", alerts("PodCrashLooping"));

        List<Object> outcomes = concurrently(8, () -> {
            try {
                return save(runbook, 1, NOW);
            } catch (DomainException.Conflict conflict) {
                return conflict;
            }
        });

        assertThat(outcomes).filteredOn(StoredRunbook.class::isInstance).singleElement().isEqualTo(stored("restart-pod"));
        assertThat(outcomes).filteredOn(DomainException.Conflict.class::isInstance).hasSize(7);
        assertThat(store.matching("PodCrashLooping", List.of(), Map.of())).hasSize(1);
    }

    private static final RunbookSlug RESTART = new RunbookSlug("restart-pod");
    private static final Instant DECIDED = Instant.parse("2026-12-03T11:45:00.654321Z");

    private static DriftReview proposal(long task, int version, Instant at) {
        return DriftReview.proposed(RESTART, TaskId.of(task), version, "added `kubectl delete pod api-%d`; skipped `kubectl rollout restart`".formatted(task), at);
    }

    @Test
    void aDriftIsProposedOncePerRunbookAndTaskAndReadsBackPending() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        save(runbook("disk-full", alerts("A")), 1, NOW);
        DriftReview first = proposal(7, 1, NOW);

        assertThat(store.propose(first)).isTrue();
        assertThat(store.propose(proposal(7, 2, LATER))).isFalse();
        assertThat(store.propose(proposal(8, 1, NOW))).isTrue();
        assertThat(store.propose(DriftReview.proposed(new RunbookSlug("disk-full"), TaskId.of(7), 1, "skipped `df -h`", NOW))).isTrue();

        assertThat(store.review(RESTART, TaskId.of(7))).contains(first);
        assertThat(store.review(RESTART, TaskId.of(99))).isEmpty();
        assertThat(store.review(new RunbookSlug("unknown-runbook"), TaskId.of(7))).isEmpty();
        assertThat(store.reviews(RESTART)).hasSize(2).allSatisfy(review -> assertThat(review.isPending()).isTrue());
    }

    @Test
    void aRunbooksReviewsAreListedNewestFirstThenByTaskIdDescending() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        save(runbook("disk-full", alerts("A")), 1, NOW);
        store.propose(proposal(7, 1, NOW));
        store.propose(proposal(5, 1, LATER));
        store.propose(proposal(8, 1, NOW));
        store.propose(DriftReview.proposed(new RunbookSlug("disk-full"), TaskId.of(9), 1, "skipped `df -h`", LATER));

        assertThat(store.reviews(RESTART)).extracting(review -> review.taskId().value()).containsExactly(5L, 8L, 7L);
        assertThat(store.reviews(new RunbookSlug("unknown-runbook"))).isEmpty();
    }

    @Test
    void aFullLengthSummaryAndReasonReadBackWhole() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        String summary = DriftReview.proposed(RESTART, TaskId.of(7), 1, "added `echo ümlaut 日本 " + "x".repeat(3_000) + "`", NOW).summary();
        DriftReview proposed = DriftReview.proposed(RESTART, TaskId.of(7), 1, summary, NOW);
        String reason = "ü".repeat(DriftReview.MAX_REASON_LENGTH);

        store.propose(proposed);
        DriftReview rejected = store.decide(proposed.rejected("anna", reason, DECIDED));

        assertThat(rejected.summary()).hasSize(DriftReview.MAX_SUMMARY_LENGTH).endsWith("…");
        assertThat(store.review(RESTART, TaskId.of(7))).contains(rejected);
        assertThat(store.review(RESTART, TaskId.of(7)).orElseThrow().reason()).isEqualTo(reason);
    }

    @Test
    void decidingAPendingReviewRecordsTheDecisionAndKeepsWhatWasProposed() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        DriftReview proposed = proposal(7, 1, NOW);
        store.propose(proposed);
        store.propose(proposal(8, 1, NOW));

        // decided from the drift computed again later, against version 2: the stored proposal keeps its own version, summary and time
        DriftReview accepted = store.decide(proposal(7, 2, LATER).accepted("anna", 3, DECIDED));
        DriftReview rejected = store.decide(proposal(8, 1, NOW).rejected("marcus", "the pod was not the problem", DECIDED));

        assertThat(accepted).isEqualTo(new DriftReview(RESTART, TaskId.of(7), 1, proposed.summary(), NOW, DriftReview.Status.ACCEPTED, "anna", DECIDED,
                null, 3));
        assertThat(rejected.status()).isEqualTo(DriftReview.Status.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("marcus");
        assertThat(rejected.reason()).isEqualTo("the pod was not the problem");
        assertThat(rejected.acceptedVersion()).isNull();
        assertThat(store.review(RESTART, TaskId.of(7))).contains(accepted);
        assertThat(store.reviews(RESTART)).containsExactly(rejected, accepted);
        assertThat(store.propose(proposal(7, 3, LATER))).isFalse();
        assertThat(store.review(RESTART, TaskId.of(7))).contains(accepted);
    }

    @Test
    void decidingADecidedReviewAgainIsAConflictNamingWhoDecidedItAndChangesNothing() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        store.propose(proposal(7, 1, NOW));
        DriftReview accepted = store.decide(proposal(7, 1, NOW).accepted("anna", 2, DECIDED));

        assertThatThrownBy(() -> store.decide(proposal(7, 1, NOW).rejected("marcus", "too late", LATER)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo(DriftReview.ALREADY_DECIDED))
                .hasMessageContaining("accepted as version 2 by anna at " + DECIDED);
        assertThatThrownBy(() -> store.decide(proposal(7, 1, NOW).accepted("marcus", 3, LATER))).isInstanceOf(DomainException.Conflict.class);
        assertThat(store.review(RESTART, TaskId.of(7))).contains(accepted);
    }

    @Test
    void aDriftDecidedWithoutAProposalIsRecordedDecidedDirectly() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        DriftReview rejected = proposal(7, 1, DECIDED).rejected("anna", null, DECIDED);

        assertThat(store.decide(rejected)).isEqualTo(rejected);

        assertThat(store.review(RESTART, TaskId.of(7))).contains(rejected);
        assertThat(store.reviews(RESTART)).containsExactly(rejected);
        assertThatThrownBy(() -> store.decide(proposal(7, 1, DECIDED).rejected("anna", null, LATER))).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void reviewsOfAnUnknownRunbookAreNotFoundAndAPendingDecisionIsRefused() {
        RunbookSlug unknown = new RunbookSlug("unknown-runbook");
        DriftReview pending = DriftReview.proposed(unknown, TaskId.of(7), 1, "skipped `df -h`", NOW);

        assertThatThrownBy(() -> store.propose(pending))
                .isInstanceOfSatisfying(DomainException.NotFound.class, notFound -> assertThat(notFound.id()).isEqualTo("unknown-runbook"));
        assertThatThrownBy(() -> store.decide(pending.accepted("anna", 2, DECIDED))).isInstanceOf(DomainException.NotFound.class);
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        assertThatThrownBy(() -> store.decide(proposal(7, 1, NOW))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.propose(proposal(7, 1, NOW).rejected("anna", null, DECIDED))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.reviews(RESTART)).isEmpty();
    }

    @Test
    void savingTheRunbooksNextVersionKeepsItsReviews() {
        Runbook runbook = runbook("restart-pod", alerts("A"));
        save(runbook, 1, NOW);
        store.propose(proposal(7, 1, NOW));
        DriftReview accepted = store.decide(proposal(7, 1, NOW).accepted("anna", 2, DECIDED));

        save(runbook("restart-pod", "Restart a pod", alerts("B")), 2, LATER);

        assertThat(store.reviews(RESTART)).containsExactly(accepted);
    }

    @Test
    void aRunbookGoneTakesItsReviewsWithIt() {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        store.propose(proposal(7, 1, NOW));
        store.decide(proposal(8, 1, NOW).rejected("anna", null, DECIDED));

        assertThat(deleteRunbook(RESTART)).isTrue();

        assertThat(store.reviews(RESTART)).isEmpty();
        assertThat(store.review(RESTART, TaskId.of(7))).isEmpty();
        save(runbook("restart-pod", alerts("A")), 1, LATER);
        assertThat(store.propose(proposal(7, 1, LATER))).isTrue();
    }

    @Test
    void concurrentProposalsOfOneDriftRecordOne() throws Exception {
        save(runbook("restart-pod", alerts("A")), 1, NOW);

        List<Boolean> outcomes = concurrently(8, () -> store.propose(proposal(7, 1, NOW)));

        assertThat(outcomes).containsOnlyOnce(true).hasSize(8);
        assertThat(store.reviews(RESTART)).hasSize(1);
    }

    @Test
    void concurrentDecisionsOfOneDriftKeepOneAndRefuseTheOthersWithAConflict() throws Exception {
        save(runbook("restart-pod", alerts("A")), 1, NOW);
        store.propose(proposal(7, 1, NOW));
        AtomicLong deciders = new AtomicLong();

        List<Object> outcomes = concurrently(8, () -> {
            long decider = deciders.incrementAndGet();
            try {
                return decider % 2 == 0 ? store.decide(proposal(7, 1, NOW).accepted("anna-" + decider, 2, DECIDED))
                        : store.decide(proposal(7, 1, NOW).rejected("marcus-" + decider, null, DECIDED));
            } catch (DomainException.Conflict conflict) {
                return conflict;
            }
        });

        assertThat(outcomes).filteredOn(DriftReview.class::isInstance).singleElement().isEqualTo(store.review(RESTART, TaskId.of(7)).orElseThrow());
        assertThat(outcomes).filteredOn(DomainException.Conflict.class::isInstance).hasSize(7);
    }

    /** The outcomes of {@code threads} calls started together. */
    private static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> running : calls) {
                outcomes.add(running.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
