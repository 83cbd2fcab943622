package dev.opstracker.http.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * A token as the API shows it: what it may do and for how long, never its secret nor its hash.
 * {@code active} says whether it authenticates now (neither revoked nor expired).
 */
record TokenResponse(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("client") String client,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("expiresAt") Instant expiresAt,
        @JsonProperty("revokedAt") Instant revokedAt,
        @JsonProperty("active") boolean active) {

    static TokenResponse from(ApiToken token, Instant now) {
        return new TokenResponse(token.id(), token.name(), EnumSet.copyOf(token.scopes()).stream().map(Scope::wireName).toList(),
                token.client() == null ? null : token.client().value(), token.createdAt(), token.expiresAt(), token.revokedAt(), token.isActive(now));
    }

    /** The answer to creating a token: the token and, this once, its secret. */
    record Created(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,
            @JsonProperty("scopes") List<String> scopes,
            @JsonProperty("client") String client,
            @JsonProperty("createdAt") Instant createdAt,
            @JsonProperty("expiresAt") Instant expiresAt,
            @JsonProperty("secret") String secret) {

        static Created from(TokenResponse token, String secret) {
            return new Created(token.id(), token.name(), token.scopes(), token.client(), token.createdAt(), token.expiresAt(), secret);
        }

        @Override
        public String toString() {
            return "Created[id=" + id + ", name=" + name + ", secret=<hidden>]";
        }
    }
}
