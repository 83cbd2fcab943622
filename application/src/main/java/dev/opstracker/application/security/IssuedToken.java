package dev.opstracker.application.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.ApiToken;

/**
 * A token just created: the only moment its secret exists outside the caller's hands.
 * {@link #toString()} leaves the secret out so it cannot reach a log by accident.
 */
public record IssuedToken(String secret, ApiToken token) {

    public IssuedToken {
        requireNonNull(secret, "secret is null");
        requireNonNull(token, "token is null");
    }

    @Override
    public String toString() {
        return "IssuedToken[token=" + token + ", secret=<hidden>]";
    }
}
