package dev.opstracker.domain.security;

/**
 * What checking a webhook signature found. Only {@link #VALID} lets a delivery in; the other values
 * exist so that the receiver can log why it refused one, while the sender learns nothing but "401".
 */
public enum SignatureCheck {
    VALID,
    /** A header the scheme needs was absent or blank. */
    MISSING,
    /** A header was present but not in the scheme's syntax. */
    MALFORMED,
    /** The signed timestamp is further than the tolerance from now, in either direction. */
    STALE,
    /** Well formed and timely, but no configured secret produces the signature. */
    MISMATCH
}
