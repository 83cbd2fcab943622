package dev.opstracker.domain.shared;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * One page of a stably ordered list.
 *
 * @param items the items in list order
 * @param next  the cursor of the following page, or null when this is the last page
 * @param total      how many items match the query across all pages; when {@code totalExact} is
 *                   false, a lower bound: this page's items, plus one when a next page exists
 * @param totalExact whether {@code total} was counted; a request may spare the count
 *                   ({@link PageRequest#withoutTotal()})
 */
public record Page<T>(List<T> items, String next, long total, boolean totalExact) {

    public Page {
        items = List.copyOf(requireNonNull(items, "items is null"));
        if (total < items.size()) {
            throw new IllegalArgumentException("total %d is below the page size %d".formatted(total, items.size()));
        }
    }

    /** A page with a counted total. */
    public Page(List<T> items, String next, long total) {
        this(items, next, total, true);
    }

    /**
     * Builds a page of a list read by position: {@code itemsPlusOne} starts at position
     * {@code page.afterId()} and holds one item more than the limit when a following page exists.
     */
    public static <T> Page<T> ofPosition(List<T> itemsPlusOne, PageRequest page, long total) {
        if (itemsPlusOne.size() <= page.limit()) {
            return new Page<>(itemsPlusOne, null, Math.max(total, itemsPlusOne.size()));
        }
        return new Page<>(itemsPlusOne.subList(0, page.limit()), Long.toString(page.afterId() + page.limit()), Math.max(total, page.limit()));
    }

    /**
     * Builds a page from items ordered by ascending numeric identity, read with one item more
     * than the limit so that the presence of a following page is known without a second query.
     */
    public static <T> Page<T> ofLookahead(List<T> itemsPlusOne, int limit, long total, ToLongFunction<T> identity) {
        // The count may come from a separate statement that a concurrent delete raced.
        if (itemsPlusOne.size() <= limit) {
            return new Page<>(itemsPlusOne, null, Math.max(total, itemsPlusOne.size()));
        }
        List<T> items = itemsPlusOne.subList(0, limit);
        return new Page<>(items, Long.toString(identity.applyAsLong(items.get(limit - 1))), Math.max(total, limit));
    }

    /**
     * Like {@link #ofLookahead(List, int, long, ToLongFunction)}, calling {@code count} only when
     * the request wants the total and this page does not already show every match (a first page
     * without a following one is its own total).
     */
    public static <T> Page<T> ofLookahead(List<T> itemsPlusOne, PageRequest page, LongSupplier count, ToLongFunction<T> identity) {
        boolean last = itemsPlusOne.size() <= page.limit();
        if (last && page.afterId() == 0) {
            return ofLookahead(itemsPlusOne, page.limit(), itemsPlusOne.size(), identity);
        }
        if (page.countTotal()) {
            return ofLookahead(itemsPlusOne, page.limit(), count.getAsLong(), identity);
        }
        Page<T> counted = ofLookahead(itemsPlusOne, page.limit(), 0, identity);
        return new Page<>(counted.items(), counted.next(), itemsPlusOne.size(), false);
    }
}
