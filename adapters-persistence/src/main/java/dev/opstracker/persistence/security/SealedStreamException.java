package dev.opstracker.persistence.security;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/** A stream sealed by {@link PassphraseEncryption} could not be opened; the message says which way, never with the passphrase. */
public final class SealedStreamException extends IOException {

    /** Why the stream did not open. */
    public enum Reason {
        /** The stream does not start with the format's magic bytes. */
        NOT_SEALED,
        /** A format version or key derivation this code does not know. */
        UNSUPPORTED,
        /** The header's MAC does not match: a wrong passphrase, or a changed header. */
        WRONG_PASSPHRASE,
        /** A chunk does not authenticate: changed, reordered, cut short or extended. */
        DAMAGED
    }

    private final Reason reason;

    SealedStreamException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason is null");
    }

    SealedStreamException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason is null");
    }

    public Reason reason() {
        return reason;
    }
}
