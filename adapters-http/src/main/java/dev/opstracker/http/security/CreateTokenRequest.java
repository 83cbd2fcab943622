package dev.opstracker.http.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.http.shared.Timestamps;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/tokens}: {@code name} and {@code scopes} (wire names such as
 * {@code tasks:read}) required; {@code client} (a billing code) limits the token to that client's data;
 * {@code expiresAt} (an ISO instant in the future) ends it, absent for never.
 */
record CreateTokenRequest(
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("client") String client,
        @JsonProperty("expiresAt") String expiresAt) {

    Set<Scope> scopeSet() {
        if (scopes == null || scopes.isEmpty()) {
            throw new DomainException.InvalidInput("scopes", null, "a token needs at least one scope, such as [\"tasks:read\"]");
        }
        Set<Scope> parsed = EnumSet.noneOf(Scope.class);
        for (String scope : scopes) {
            try {
                parsed.add(Scope.parse(scope));
            } catch (DomainException.InvalidInput unknown) {
                throw unknown.renamed("scopes");
            }
        }
        return parsed;
    }

    BillingCode clientCode() {
        return BillingCode.parseOptional("client", client);
    }

    Instant expiry() {
        return Timestamps.parseOptional("expiresAt", expiresAt);
    }
}
