package dev.opstracker.application.shared;

import dev.opstracker.domain.shared.DomainException;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Runs a read-modify-write. A caller that named no version asked for "whatever is current", so
 * losing a race to another writer is retried on the newer version rather than reported; a caller
 * that named one gets the stale-version conflict. A write that lost a lock race (a deadlock, a lock
 * wait that timed out) wrote nothing, so it is retried whatever the caller named.
 */
public final class UnversionedRetry {

    static final int ATTEMPTS = 5;

    private UnversionedRetry() {
    }

    public static <T> T run(OptionalLong expectedVersion, Supplier<T> readModifyWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readModifyWrite.get();
            } catch (DomainException.Conflict conflict) {
                if (attempt == ATTEMPTS || !(conflict.isLostRace() || conflict.isStaleVersion() && expectedVersion.isEmpty())) {
                    throw conflict;
                }
            }
        }
    }
}
