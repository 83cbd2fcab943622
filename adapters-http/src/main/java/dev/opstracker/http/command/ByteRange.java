package dev.opstracker.http.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of an HTTP {@code Range: bytes=...} header (RFC 9110 section 14): {@code first-last},
 * {@code first-} or {@code -suffixLength}. Several ranges in one header are not served: the whole
 * representation is, as the RFC allows.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** The range asked for within {@code length} bytes; empty when there is no usable header (serve it all). */
    static Optional<ByteRange> parse(String header, long length) throws Unsatisfiable {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return Optional.empty();
        }
        long first;
        long last;
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            if (suffix == 0) {
                throw new Unsatisfiable();
            }
            first = Math.max(0, length - suffix);
            last = length - 1;
        } else {
            first = Long.parseLong(matcher.group(1));
            last = matcher.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(matcher.group(2)), length - 1);
            if (last < first && !matcher.group(2).isEmpty()) {
                return Optional.empty();
            }
        }
        if (first >= length) {
            throw new Unsatisfiable();
        }
        return Optional.of(new ByteRange(first, last));
    }

    long length() {
        return last - first + 1;
    }

    /** The range starts beyond the end: 416. */
    static final class Unsatisfiable extends Exception {
        Unsatisfiable() {
            super("range not satisfiable", null, false, false);
        }
    }
}
