package dev.opstracker.domain.storage;

import dev.opstracker.domain.shared.DomainException;

/**
 * The space of one volume holding OpsTracker's data, measured at one moment.
 *
 * @param role        what of OpsTracker's data the volume holds, such as {@code data directory}; shown to callers instead of a path
 * @param totalBytes  the volume's size
 * @param usableBytes the bytes this process may still write there
 */
public record VolumeSpace(String role, long totalBytes, long usableBytes) {

    public VolumeSpace {
        if (role == null || role.isBlank()) {
            throw new DomainException.InvalidInput("role", role, "a volume says what it holds");
        }
        if (totalBytes < 0) {
            throw new DomainException.InvalidInput("totalBytes", totalBytes, "a volume's size is not negative");
        }
        if (usableBytes < 0 || usableBytes > totalBytes) {
            throw new DomainException.InvalidInput("usableBytes", usableBytes, "the free space lies between 0 and the volume's size " + totalBytes);
        }
    }

    /** The free share of the volume in percent; an empty volume (size 0) has none. */
    public double freePercent() {
        return totalBytes == 0 ? 0 : usableBytes * 100.0 / totalBytes;
    }
}
