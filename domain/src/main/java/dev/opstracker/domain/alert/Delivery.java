package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One request a monitoring source sent, kept for audit: its body as text with secrets masked and
 * cut to a size limit, and the size the whole body had.
 *
 * @param body      the masked, possibly cut body
 * @param size      the received body's size in bytes
 * @param truncated whether {@code body} holds only the start of it
 */
public record Delivery(AlertSource source, Instant receivedAt, String body, long size, boolean truncated) {

    public Delivery {
        requireNonNull(source, "source is null");
        requireNonNull(receivedAt, "receivedAt is null");
        requireNonNull(body, "body is null");
        if (size < 0) {
            throw new IllegalArgumentException("size is negative: " + size);
        }
    }
}
