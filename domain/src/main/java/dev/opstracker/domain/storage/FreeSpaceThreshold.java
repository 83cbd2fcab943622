package dev.opstracker.domain.storage;

import dev.opstracker.domain.shared.DomainException;

/**
 * One level of fullness: a volume reaches it when its free space is below both {@code percent} of
 * its size and {@code bytes}, that is below the smaller of the two. The byte amount keeps a large
 * volume from raising it with plenty of room left, the percentage keeps a small one from raising it
 * while half empty. Either at 0 turns the level off.
 */
public record FreeSpaceThreshold(double percent, long bytes) {

    public FreeSpaceThreshold {
        if (!(percent >= 0 && percent <= 100)) {
            throw new DomainException.InvalidInput("percent", percent, "a share of free space between 0 and 100");
        }
        if (bytes < 0) {
            throw new DomainException.InvalidInput("bytes", bytes, "an amount of free space is not negative");
        }
    }

    /** Whether {@code volume} has less free space than this level allows. */
    public boolean reachedBy(VolumeSpace volume) {
        return volume.usableBytes() < freeBytesAt(volume.totalBytes());
    }

    /** The free space below which a volume of {@code totalBytes} reaches this level. */
    public long freeBytesAt(long totalBytes) {
        return Math.min(bytes, (long) Math.floor(totalBytes * percent / 100));
    }

    /** For messages: {@code 2% or 200.0 MiB of free space, whichever is less}. */
    public String describe() {
        return "%s%% or %s of free space, whichever is less".formatted(ByteAmount.percent(percent), ByteAmount.describe(bytes));
    }
}
