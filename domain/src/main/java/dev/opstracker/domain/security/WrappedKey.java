package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A data key as stored beside the data it seals: sealed under version {@code keyVersion} of the
 * master key {@code keyName}. Safe to store; useless without that master key.
 */
public record WrappedKey(String keyName, int keyVersion, byte[] wrapped) {

    public WrappedKey {
        requireNonNull(keyName, "keyName is null");
        if (keyVersion < 1) {
            throw new IllegalArgumentException("a master key version is positive, not " + keyVersion);
        }
        wrapped = requireNonNull(wrapped, "wrapped is null").clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey that && keyName.equals(that.keyName) && keyVersion == that.keyVersion
                && Arrays.equals(wrapped, that.wrapped);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * keyName.hashCode() + keyVersion) + Arrays.hashCode(wrapped);
    }

    @Override
    public String toString() {
        return "WrappedKey[" + keyName + " v" + keyVersion + ", " + wrapped.length + " bytes]";
    }
}
