package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentWorkCount;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import jakarta.inject.Inject;
import java.util.List;

/** Where the work is: open tasks per component, and the components most worked on in a span of time. */
public final class WorkOverview {

    /** Components listed at most by {@link #openTaskCounts}. */
    public static final int MAX_COUNTS = 500;
    /** Components ranked at most by {@link #mostWorkedOn}. */
    public static final int MAX_RANKED = 100;

    private final LinkedWork work;

    @Inject
    public WorkOverview(LinkedWork work) {
        this.work = requireNonNull(work, "work is null");
    }

    /**
     * For each component matching the filter {@code query} (blank matches all), the open tasks
     * linked to it, or with {@code subtree} to it or anything below it, each task counted once.
     * Components without any are listed too. Most first, ties by component id.
     *
     * @throws DomainException.InvalidInput naming {@code q} for a query that does not parse, or
     *                                      {@code limit} outside 1 to {@value #MAX_COUNTS}
     */
    public List<ComponentWorkCount> openTaskCounts(String query, boolean subtree, int limit) {
        checkLimit(limit, MAX_COUNTS);
        return work.openTaskCounts(ComponentQueryParser.parse(query), subtree, limit);
    }

    /**
     * The components matching {@code query} ranked by how many distinct tasks linked to them were
     * active during {@code range} (from creation until closed, or still open); components without
     * any are left out. Most first, ties by component id.
     *
     * @throws DomainException.InvalidInput naming {@code q} for a query that does not parse, or
     *                                      {@code limit} outside 1 to {@value #MAX_RANKED}
     */
    public List<ComponentWorkCount> mostWorkedOn(String query, TimeRange range, int limit) {
        requireNonNull(range, "range is null");
        checkLimit(limit, MAX_RANKED);
        return work.mostWorkedOn(ComponentQueryParser.parse(query), range, limit);
    }

    private static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new DomainException.InvalidInput("limit", limit, "must be between 1 and " + max);
        }
    }
}
