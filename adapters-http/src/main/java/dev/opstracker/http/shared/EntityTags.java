package dev.opstracker.http.shared;

import dev.opstracker.domain.shared.DomainException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.PreconditionRequiredResponse;
import java.util.OptionalLong;

/**
 * The ETag of a versioned resource (a task, a component) is its version, quoted ({@code "3"}).
 * If-Match is read leniently: {@code "3"}, {@code 3} and {@code W/"3"} all mean version 3, since
 * clients copy the tag in different ways.
 * {@code If-Match: *} means "whatever version is current" (RFC 9110 section 13.1.1), so it checks
 * no version; a missing resource is still reported as missing.
 */
public final class EntityTags {

    private static final String WEAK_PREFIX = "W/";
    private static final String ANY = "*";

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an edit is based on, empty for {@code *}. Edits without the header would silently
     * overwrite others' work, so they are refused; {@code *} says the client means to overwrite.
     */
    public static OptionalLong requiredIfMatch(Context ctx) {
        String header = ctx.header(Header.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredResponse(
                    "this change needs an If-Match header with the ETag of what it changes, such as \"3\"; GET it to learn the ETag");
        }
        return parse(header);
    }

    /** The version a change is limited to; empty when the header is absent or {@code *}. */
    public static OptionalLong optionalIfMatch(Context ctx) {
        String header = ctx.header(Header.IF_MATCH);
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        return parse(header);
    }

    private static OptionalLong parse(String header) {
        String tag = header.strip();
        if (tag.equals(ANY)) {
            return OptionalLong.empty();
        }
        if (tag.startsWith(WEAK_PREFIX)) {
            tag = tag.substring(WEAK_PREFIX.length());
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            // 0 is the version of what was never stored (the built-in alert rules); for anything else it is merely stale.
            if (version >= 0) {
                return OptionalLong.of(version);
            }
        } catch (NumberFormatException notAVersion) {
            // reported below, with the header as sent
        }
        throw new DomainException.InvalidInput(Header.IF_MATCH, header, "expected one ETag, such as \"3\", or *");
    }
}
