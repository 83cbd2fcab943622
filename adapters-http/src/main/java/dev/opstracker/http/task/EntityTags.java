package dev.opstracker.http.task;

import dev.opstracker.domain.shared.DomainException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.PreconditionRequiredResponse;
import java.util.OptionalLong;

/**
 * A task's ETag is its version, quoted ({@code "3"}). If-Match is read leniently: {@code "3"},
 * {@code 3} and {@code W/"3"} all mean version 3, since clients copy the tag in different ways.
 */
final class EntityTags {

    private static final String WEAK_PREFIX = "W/";

    private EntityTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an edit is based on; edits without one would silently overwrite others' work. */
    static long requiredIfMatch(Context ctx) {
        OptionalLong version = optionalIfMatch(ctx);
        if (version.isEmpty()) {
            throw new PreconditionRequiredResponse(
                    "this change needs an If-Match header with the task's ETag, such as \"3\"; GET the task to learn it");
        }
        return version.getAsLong();
    }

    static OptionalLong optionalIfMatch(Context ctx) {
        String header = ctx.header(Header.IF_MATCH);
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(parse(header));
    }

    private static long parse(String header) {
        String tag = header.strip();
        if (tag.startsWith(WEAK_PREFIX)) {
            tag = tag.substring(WEAK_PREFIX.length());
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException notAVersion) {
            // reported below, with the header as sent
        }
        throw new DomainException.InvalidInput(Header.IF_MATCH, header, "expected one ETag of the task, such as \"3\"");
    }
}
