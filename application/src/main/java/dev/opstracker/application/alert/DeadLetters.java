package dev.opstracker.application.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.shared.ActivityListener;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * Deliveries that could not be applied: kept with their exact bytes, listed, and replayed by the
 * source's adapter once the cause is fixed. When a source's rejections pile up
 * ({@value #BROKEN_AFTER} within {@link #BROKEN_WINDOW}) an "integration broken" alert opens a task
 * against the source; its next good delivery resolves it.
 */
public final class DeadLetters {

    public static final int BROKEN_AFTER = 3;
    public static final Duration BROKEN_WINDOW = Duration.ofHours(1);

    private final DeadLetterStore store;
    private final AlertIntake intake;
    private final ActivityListener activity;
    private final InstantSource clock;

    /** Dead letters that are not counted. */
    public DeadLetters(DeadLetterStore store, AlertIntake intake, InstantSource clock) {
        this(store, intake, ActivityListener.NONE, clock);
    }

    @Inject
    public DeadLetters(DeadLetterStore store, AlertIntake intake, ActivityListener activity, InstantSource clock) {
        this.store = requireNonNull(store, "store is null");
        this.intake = requireNonNull(intake, "intake is null");
        this.activity = requireNonNull(activity, "activity is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Keeps a rejected delivery of {@code source} with what was wrong with it. */
    public DeadLetter reject(AlertSource source, byte[] body, String problem) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DeadLetter stored = store.add(new DeadLetter(0, requireNonNull(source, "source is null"), now, requireNonNull(body, "body is null"),
                requireNonNull(problem, "problem is null"), null));
        activity.deadLettered(source);
        long recent = store.countSince(source, now.minus(BROKEN_WINDOW));
        if (recent >= BROKEN_AFTER) {
            intake.reportBroken(stored, recent);
        }
        return stored;
    }

    /** Newest first. */
    public Page<DeadLetter> list(PageRequest page) {
        return store.list(requireNonNull(page, "page is null"));
    }

    public DeadLetter get(long id) {
        return store.find(id).orElseThrow(() -> new DomainException.NotFound("dead letter", Long.toString(id)));
    }

    /** Records that a replay of the letter was applied. */
    public void markReplayed(long id) {
        get(id);
        store.markReplayed(id, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
