package dev.opstracker.http.shared;

import io.javalin.http.Context;
import java.util.Locale;

/** The media type of a request body: its Content-Type without parameters, lowercase; empty when none was sent. */
public final class MediaTypes {

    public static final String JSON = "application/json";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String CSV = "text/csv";

    private MediaTypes() {
    }

    public static String of(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
