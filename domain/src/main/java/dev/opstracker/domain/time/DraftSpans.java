package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The spans of time a task's evidence suggests were spent on it within a window (a day, up to now),
 * to the second: from the first evidence to the last, at least a minimum length, without the time
 * already recorded. Drafts only: a person accepts or edits them before anything is billed.
 */
public final class DraftSpans {

    /** Pieces shorter than this are not worth proposing. */
    public static final Duration SHORTEST_PIECE = Duration.ofMinutes(1);

    private DraftSpans() {
    }

    /** {@link #span} of the evidence, less the {@code covered} spans, as by {@link #subtract}. */
    public static List<TimeRange> draft(List<Evidence> evidence, TimeRange window, Duration minimum, List<TimeRange> covered) {
        return span(evidence, window, minimum).map(span -> subtract(span, covered)).orElse(List.of());
    }

    /**
     * From the start of the first evidence within the window to the end of the last, clipped to the
     * window; starts are rounded down and ends up to the second. A span shorter than {@code minimum}
     * (evidence of a single moment, say) is lengthened to it, forward, or back from the window's end
     * when it would run past it, never beyond the window. Empty when no evidence lies within the window.
     *
     * @throws DomainException.InvalidInput (field {@code minimum}) unless it is a positive duration
     */
    public static Optional<TimeRange> span(List<Evidence> evidence, TimeRange window, Duration minimum) {
        requireNonNull(window, "window is null");
        requireNonNull(minimum, "minimum is null");
        if (minimum.isNegative() || minimum.isZero()) {
            throw new DomainException.InvalidInput("minimum", minimum, "a positive duration such as PT15M");
        }
        List<Evidence> within = requireNonNull(evidence, "evidence is null").stream().filter(item -> item.within(window)).toList();
        if (within.isEmpty()) {
            return Optional.empty();
        }
        Instant first = latest(window.from(), within.stream().map(Evidence::at).min(Comparator.naturalOrder()).orElseThrow());
        Instant last = earliest(window.to(), within.stream().map(Evidence::until).max(Comparator.naturalOrder()).orElseThrow());
        Instant start = first.truncatedTo(ChronoUnit.SECONDS);
        Instant end = earliest(window.to(), ceilingToSecond(last));
        if (Duration.between(start, end).compareTo(minimum) < 0) {
            end = earliest(window.to(), start.plus(minimum));
            start = latest(window.from(), earliest(start, end.minus(minimum)));
        }
        return Optional.of(new TimeRange(start, end));
    }

    /**
     * The pieces of {@code span} no {@code covered} span shares a moment with, in order, leaving out
     * pieces shorter than {@link #SHORTEST_PIECE}.
     */
    public static List<TimeRange> subtract(TimeRange span, List<TimeRange> covered) {
        List<TimeRange> pieces = new ArrayList<>();
        Instant cursor = span.from();
        for (TimeRange cover : covered.stream().sorted(Comparator.comparing(TimeRange::from)).toList()) {
            if (!cover.to().isAfter(cursor) || !cover.from().isBefore(span.to())) {
                continue;
            }
            if (cover.from().isAfter(cursor)) {
                keep(pieces, cursor, cover.from());
            }
            cursor = cover.to();
        }
        if (cursor.isBefore(span.to())) {
            keep(pieces, cursor, span.to());
        }
        return List.copyOf(pieces);
    }

    private static void keep(List<TimeRange> pieces, Instant from, Instant to) {
        if (Duration.between(from, to).compareTo(SHORTEST_PIECE) >= 0) {
            pieces.add(new TimeRange(from, to));
        }
    }

    private static Instant ceilingToSecond(Instant instant) {
        Instant down = instant.truncatedTo(ChronoUnit.SECONDS);
        return down.equals(instant) ? down : down.plusSeconds(1);
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
