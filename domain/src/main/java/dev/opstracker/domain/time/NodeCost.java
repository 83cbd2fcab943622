package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import java.time.Duration;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * One row of an operations cost report: what the work on a component and everything below it came
 * to within a range. A node's <b>tasks</b> are the distinct tasks linked to it or to any component
 * below it, so a task linked under two sibling nodes counts in both and once in their common parent.
 *
 * @param tasksOpened           its tasks created within the range
 * @param alertsFolded          for the tasks opened, the repeat firings folded into them ({@link TaskOperations})
 * @param meanTimeToAcknowledge the mean over the tasks opened that were acknowledged, rounded half up to the
 *                              second; null when none was
 * @param meanTimeToResolve     the mean over the tasks opened that were resolved, likewise; null when none was
 * @param seconds               time recorded on its tasks within the range (whenever they were opened), exact
 * @param billableSeconds       the billable part, exact
 * @param roundedSeconds        the billable part rounded by each client's or project's rule, as reports round
 * @param amounts               what the rounded time comes to per currency, as a report priced over its tasks says
 * @param unpricedSeconds       rounded billable seconds no rate priced
 */
public record NodeCost(ComponentId id, ComponentPath path, ComponentKind kind, long tasksOpened, long alertsFolded, Duration meanTimeToAcknowledge,
        Duration meanTimeToResolve, long seconds, long billableSeconds, long roundedSeconds, Map<Currency, Money> amounts, long unpricedSeconds) {

    /** Paths in tree order: a component before those below it, siblings by name (by character). */
    public static final Comparator<ComponentPath> PATH_ORDER = NodeCost::comparePaths;

    public NodeCost {
        requireNonNull(id, "id is null");
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
        amounts = Map.copyOf(amounts);
        if (tasksOpened < 0 || alertsFolded < 0 || seconds < 0 || billableSeconds < 0 || roundedSeconds < 0 || unpricedSeconds < 0) {
            throw new IllegalArgumentException("node %s has a negative count".formatted(path));
        }
    }

    private static int comparePaths(ComponentPath one, ComponentPath other) {
        List<String> left = one.names();
        List<String> right = other.names();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int names = left.get(i).compareTo(right.get(i));
            if (names != 0) {
                return names;
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
