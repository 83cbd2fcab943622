package dev.opstracker.domain.shared;

/**
 * Which page of a stably ordered list to read.
 *
 * @param limit  how many items at most, 1 to {@value #MAX_LIMIT}
 * @param cursor     the {@link Page#next()} of the previous page, or null for the first page;
 *                   opaque to callers
 * @param countTotal whether the page must carry the exact {@link Page#total()}; counting every
 *                   match can cost far more than reading one page of a broad search
 */
public record PageRequest(int limit, String cursor, boolean countTotal) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException.InvalidInput("limit", limit, "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
        if (cursor != null && !isPositiveNumber(cursor)) {
            throw new DomainException.InvalidInput("cursor", cursor, "is not a cursor returned by a previous page");
        }
    }

    /** A request whose page carries the exact total. */
    public PageRequest(int limit, String cursor) {
        this(limit, cursor, true);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    public static PageRequest firstDefault() {
        return first(DEFAULT_LIMIT);
    }

    /** This request, sparing the count of all matches: its page's total may then be a lower bound. */
    public PageRequest withoutTotal() {
        return new PageRequest(limit, cursor, false);
    }

    /** The identity after which this page starts; 0 for the first page. */
    public long afterId() {
        return cursor == null ? 0 : Long.parseLong(cursor);
    }

    private static boolean isPositiveNumber(String text) {
        if (text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
