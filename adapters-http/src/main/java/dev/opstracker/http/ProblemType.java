package dev.opstracker.http;

/** The kinds of problem the API reports with their own type URI (RFC 9457); plain HTTP errors use {@code about:blank}. */
enum ProblemType {
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Conflict"),
    STALE_VERSION(412, "stale-version", "Stale version"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Database unavailable"),
    STORAGE_FULL(507, "storage-full", "Storage full");

    private static final String URI_PREFIX = "urn:opstracker:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    int status() {
        return status;
    }

    String uri() {
        return URI_PREFIX + slug;
    }

    String title() {
        return title;
    }
}
