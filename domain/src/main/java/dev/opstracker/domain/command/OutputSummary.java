package dev.opstracker.domain.command;

import dev.opstracker.domain.shared.DomainException;
import java.util.regex.Pattern;

/**
 * What is known of one output stream of a run: the size and SHA-256 of everything the command
 * wrote, and whether only its head and tail were kept (over the size cap), in which case
 * {@code keptBytes} says how many bytes reading it back returns, truncation marker included.
 */
public record OutputSummary(long size, String sha256, boolean truncated, long keptBytes) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public OutputSummary {
        if (size < 0 || keptBytes < 0) {
            throw new DomainException.InvalidInput("size", size, "an output size is not negative");
        }
        if (sha256 == null || !HEX_64.matcher(sha256).matches()) {
            throw new DomainException.InvalidInput("sha256", sha256, "a SHA-256 digest is 64 lower-case hex digits");
        }
        if (!truncated && keptBytes != size) {
            throw new DomainException.InvalidInput("keptBytes", keptBytes, "an output kept whole keeps all its " + size + " bytes");
        }
    }

    /** An output kept whole. */
    public static OutputSummary whole(long size, String sha256) {
        return new OutputSummary(size, sha256, false, size);
    }
}
