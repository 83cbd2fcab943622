package dev.opstracker.persistence.security;

import dev.opstracker.domain.security.Cipher.KeyUnavailableException;

/**
 * The named, versioned master keys a {@link BouncyCastleCipher} wraps data keys under. A name is
 * {@code default} or {@code client:<code>}; its versions count up from 1.
 *
 * <p>Implementations are safe for concurrent use. Errors name the key and version, never the key.
 */
public interface MasterKeys {

    /** The environment variable that may hold the default master key, as base64 of 32 bytes. */
    String ENVIRONMENT_VARIABLE = "OPSTRACKER_MASTER_KEY";

    /**
     * The newest version of master key {@code name}; version 1 is created (and kept) when the name
     * has none yet.
     *
     * @throws IllegalArgumentException when the name is not a master key name
     * @throws KeyUnavailableException  when the name was destroyed, or cannot be created here
     */
    MasterKey newest(String name);

    /**
     * Version {@code version} of master key {@code name}.
     *
     * @throws KeyUnavailableException when that version was destroyed or is not known here
     */
    MasterKey version(String name, int version);

    /**
     * Adds version n + 1 of {@code name}, the one new data keys are wrapped under from now on. Older
     * versions stay, so data keys wrapped under them still unwrap (and can be rewrapped).
     *
     * @throws KeyUnavailableException when the name was destroyed
     * @throws IllegalStateException   when these keys cannot be changed
     */
    MasterKey rotate(String name);

    /**
     * Crypto-shredding: erases every version of client key {@code name}, and remembers that it was
     * destroyed, so the name is never silently created again. Data keys wrapped under it no longer
     * unwrap. Destroying a destroyed name changes nothing.
     *
     * @throws IllegalArgumentException when {@code name} is the default key, which protects every
     *                                  record that belongs to no client
     * @throws IllegalStateException    when these keys cannot be changed
     */
    void destroy(String name);

    /**
     * The default master key, version 1, from the value of {@value #ENVIRONMENT_VARIABLE}: base64 of
     * 32 random bytes (such as {@code openssl rand -base64 32} prints), and the client keys derived
     * from it, the same in every process given the same value. Read-only: none of them can be rotated
     * or destroyed.
     *
     * @throws IllegalArgumentException when the value is not base64 of 32 bytes; the message names the
     *                                  variable and never quotes the value
     */
    static MasterKeys fromEnvironmentValue(String base64) {
        return EnvironmentMasterKeys.parse(base64);
    }
}
