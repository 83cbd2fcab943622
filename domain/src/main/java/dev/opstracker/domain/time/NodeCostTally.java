package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Adds up one {@link NodeCost}: its tasks, each given once, and the time entries of those tasks,
 * given by start, priced by {@link EntryPricing} exactly as a time report over the same tasks,
 * range, zone and terms prices them. Holds about a day of entries, never all of them.
 */
public final class NodeCostTally {

    private final Component node;
    private final TimeRange range;
    private final EntryPricing pricing;
    private long tasksOpened;
    private long alertsFolded;
    private final Mean toAcknowledge = new Mean();
    private final Mean toResolve = new Mean();
    private final PieceTotals time = new PieceTotals();

    public NodeCostTally(Component node, TimeRange range, ZoneId zone, BillingTerms terms, Instant now) {
        this.node = requireNonNull(node, "node is null");
        this.range = requireNonNull(range, "range is null");
        this.pricing = new EntryPricing(range, zone, terms, now, this::add);
    }

    /** Counts one of the node's tasks (each once): only a task opened within the range counts towards the counts and means. */
    public void addTask(TaskOperations task) {
        if (!task.openedWithin(range)) {
            return;
        }
        tasksOpened++;
        alertsFolded += task.alertsFolded();
        toAcknowledge.add(task.timeToAcknowledge());
        toResolve.add(task.timeToResolve());
    }

    /** Adds an entry of one of the node's tasks; entries come by start, a running one counts up to now. */
    public void addEntry(TimeEntry entry) {
        pricing.add(entry);
    }

    /** The node's row; call once, after the last entry. */
    public NodeCost finish() {
        pricing.finish();
        return new NodeCost(node.id(), node.path(), node.kind(), tasksOpened, alertsFolded, toAcknowledge.value(), toResolve.value(),
                time.seconds, time.billable, time.rounded, time.amounts, time.unpriced);
    }

    private void add(PricedEntry priced) {
        // Summed piece by piece as TimeReport does, so the node agrees with a report to the second and the cent.
        priced.pieces().forEach(time::add);
    }

    /** A mean of whole-second durations, rounded half up to the second; null over none. */
    static final class Mean {
        private long count;
        private long totalSeconds;

        void add(Duration duration) {
            if (duration != null) {
                count++;
                totalSeconds = Math.addExact(totalSeconds, duration.toSeconds());
            }
        }

        Duration value() {
            return count == 0 ? null : Duration.ofSeconds((2 * totalSeconds + count) / (2 * count));
        }
    }
}
