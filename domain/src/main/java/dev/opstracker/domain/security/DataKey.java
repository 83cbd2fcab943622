package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import javax.crypto.SecretKey;

/**
 * A data key in the clear, for sealing and opening one record's data, with the wrapped form to
 * store beside it. Held in memory only while the record is written or read; never logged.
 */
public record DataKey(SecretKey key, WrappedKey wrapped) {

    public DataKey {
        requireNonNull(key, "key is null");
        requireNonNull(wrapped, "wrapped is null");
    }

    @Override
    public String toString() {
        return "DataKey[" + wrapped + "]";
    }
}
