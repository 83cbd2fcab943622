package dev.opstracker.persistence.security;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.persistence.jooq.tables.records.ApiTokenRecord;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps API tokens to {@code api_token} rows and back; scopes are stored as comma-separated wire names. */
final class TokenRecordMapper {

    private static final String SCOPE_SEPARATOR = ",";

    private TokenRecordMapper() {
    }

    static ApiToken toToken(ApiTokenRecord record) {
        return new ApiToken(record.getId(), record.getName(), new TokenHash(record.getTokenHash()), scopes(record.getScopes()),
                record.getCreatedAt(), record.getExpiresAt(), record.getRevokedAt(),
                record.getClientCode() == null ? null : new BillingCode(record.getClientCode()));
    }

    /** The scopes in declaration order, so equal sets are always stored as the same text. */
    static String scopesText(Set<Scope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(Scope::wireName).collect(Collectors.joining(SCOPE_SEPARATOR));
    }

    private static Set<Scope> scopes(String text) {
        return Arrays.stream(text.split(SCOPE_SEPARATOR)).map(Scope::parse).collect(Collectors.toUnmodifiableSet());
    }
}
