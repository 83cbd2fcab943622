package dev.opstracker.persistence.security;

import static java.util.Objects.requireNonNull;

import javax.crypto.SecretKey;

/** One version of a named master key: what data keys are wrapped under. Never logged. */
public record MasterKey(String name, int version, SecretKey key) {

    public MasterKey {
        KeyNames.check(name);
        KeyNames.checkVersion(name, version);
        requireNonNull(key, "key is null");
    }

    @Override
    public String toString() {
        return "MasterKey[" + name + " v" + version + "]";
    }
}
