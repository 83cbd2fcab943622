package dev.opstracker.http.limit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The largest request body each class of route accepts; a larger one is answered 413. The class follows from the
 * request line and content type alone, so the limit applies before any route runs: to the announced
 * {@code Content-Length} before a byte is read, and while a body of unannounced length streams in.
 *
 * @param api     JSON API bodies (tasks, time, billing...): small
 * @param alerts  alert webhook deliveries, {@code POST /api/v1/alerts/{source}}: an Alertmanager group can be large
 * @param imports component bulk imports and command runs sent as JSON with base64 outputs
 * @param uploads command runs sent as a multipart form, whose output parts stream to temporary files
 */
public record BodyLimits(long api, long alerts, long imports, long uploads) {

    public static final long DEFAULT_API = 256 * 1024;
    public static final long DEFAULT_ALERTS = 1024 * 1024;
    public static final long DEFAULT_IMPORTS = 16 * 1024 * 1024;
    public static final long DEFAULT_UPLOADS = 1024L * 1024 * 1024;
    public static final BodyLimits DEFAULT = new BodyLimits(DEFAULT_API, DEFAULT_ALERTS, DEFAULT_IMPORTS, DEFAULT_UPLOADS);

    private static final Pattern WEBHOOK = Pattern.compile("/api/v1/alerts/[^/]+/?");
    private static final Pattern BULK_IMPORT = Pattern.compile("/api/v1/components:bulk/?");
    private static final Pattern COMMAND_RUN = Pattern.compile("/api/v1/tasks/[^/]+/commands/?");

    public BodyLimits {
        positive("api", api);
        positive("alerts", alerts);
        positive("imports", imports);
        positive("uploads", uploads);
    }

    /** The limit for a request, with the route class it belongs to for messages. */
    public Limit of(String method, String path, String contentType) {
        if (!"POST".equalsIgnoreCase(method) && !"PUT".equalsIgnoreCase(method)) {
            return new Limit(api, "the API");
        }
        if (WEBHOOK.matcher(path).matches()) {
            return new Limit(alerts, "alert webhooks");
        }
        if (BULK_IMPORT.matcher(path).matches()) {
            return new Limit(imports, "bulk imports");
        }
        if (COMMAND_RUN.matcher(path).matches()) {
            boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
            return multipart ? new Limit(uploads, "command output uploads") : new Limit(imports, "command runs sent as JSON");
        }
        return new Limit(api, "the API");
    }

    /** The largest of the limits. */
    public long largest() {
        return Math.max(Math.max(api, alerts), Math.max(imports, uploads));
    }

    public BodyLimits withApi(long value) {
        return new BodyLimits(value, alerts, imports, uploads);
    }

    public BodyLimits withAlerts(long value) {
        return new BodyLimits(api, value, imports, uploads);
    }

    public BodyLimits withImports(long value) {
        return new BodyLimits(api, alerts, value, uploads);
    }

    public BodyLimits withUploads(long value) {
        return new BodyLimits(api, alerts, imports, value);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("%s %d is below 1".formatted(name, value));
        }
    }

    /** A body limit in bytes and the routes it is for, such as {@code alert webhooks}. */
    public record Limit(long bytes, String routes) {

        /** The words a 413 answer says. */
        public String describe() {
            return "the request body is larger than the limit of %d bytes for %s".formatted(bytes, routes);
        }
    }
}
