package dev.opstracker.domain.shared;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One page of a stably ordered list.
 *
 * @param items the items in list order
 * @param next  the cursor of the following page, or null when this is the last page
 * @param total how many items match the query across all pages
 */
public record Page<T>(List<T> items, String next, long total) {

    public Page {
        items = List.copyOf(requireNonNull(items, "items is null"));
        if (total < items.size()) {
            throw new IllegalArgumentException("total %d is below the page size %d".formatted(total, items.size()));
        }
    }

    /**
     * Builds a page from items ordered by ascending numeric identity, read with one item more
     * than the limit so that the presence of a following page is known without a second query.
     */
    public static <T> Page<T> ofLookahead(List<T> itemsPlusOne, int limit, long total, java.util.function.ToLongFunction<T> identity) {
        if (itemsPlusOne.size() <= limit) {
            return new Page<>(itemsPlusOne, null, total);
        }
        List<T> items = itemsPlusOne.subList(0, limit);
        return new Page<>(items, Long.toString(identity.applyAsLong(items.get(limit - 1))), total);
    }
}
