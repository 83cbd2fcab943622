package dev.opstracker.persistence.security;

import static dev.opstracker.persistence.jooq.Tables.API_TOKEN;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.persistence.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * A {@link TokenStore} in the {@code api_token} table. Only hashes are stored; the unique key on
 * the hash turns a second token with the same secret into a conflict. Safe for concurrent use.
 */
public final class JooqTokenStore implements TokenStore {

    private final DSLContext dsl;
    /** Every API request looks its token up: the query is rendered once, not per request. */
    private final String selectByHash;

    public JooqTokenStore(Database database) {
        this(requireNonNull(database, "database is null").dsl());
    }

    public JooqTokenStore(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.selectByHash = dsl.render(dsl.selectFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(DSL.param("hash", String.class))));
    }

    @Override
    public ApiToken add(String name, TokenHash hash, Set<Scope> scopes, BillingCode client, Instant createdAt, Instant expiresAt) {
        requireNonNull(hash, "hash is null");
        // Validates name, scopes and instants before anything is written; the id is assigned below.
        ApiToken unsaved = new ApiToken(0, name, hash, scopes, createdAt, expiresAt, null, client);
        // Checked first because MariaDB's driver logs a duplicate-key error with the duplicate value,
        // here a token hash; the unique key still decides when two adds race.
        if (findByHash(hash).isPresent()) {
            throw duplicate();
        }
        try {
            long id = dsl.insertInto(API_TOKEN)
                    .set(API_TOKEN.NAME, unsaved.name())
                    .set(API_TOKEN.TOKEN_HASH, hash.hex())
                    .set(API_TOKEN.SCOPES, TokenRecordMapper.scopesText(unsaved.scopes()))
                    .set(API_TOKEN.CREATED_AT, createdAt)
                    .set(API_TOKEN.EXPIRES_AT, expiresAt)
                    .set(API_TOKEN.CLIENT_CODE, client == null ? null : client.value())
                    .returningResult(API_TOKEN.ID)
                    .fetchSingle()
                    .value1();
            return find(id).orElseThrow();
        } catch (DataAccessException failure) {
            if (failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw duplicate();
            }
            throw failure;
        }
    }

    private static DomainException.Conflict duplicate() {
        return new DomainException.Conflict("duplicate-token", "a token with this secret exists already");
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash hash) {
        requireNonNull(hash, "hash is null");
        return dsl.resultQuery(selectByHash, hash.hex()).coerce(API_TOKEN.fields()).fetchOptional(row -> TokenRecordMapper.toToken(row.into(API_TOKEN)));
    }

    @Override
    public ApiToken revoke(long id, Instant at) {
        requireNonNull(at, "at is null");
        // Only the first revocation sets the instant; later ones leave the row as it is.
        dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.REVOKED_AT.isNull())
                .execute();
        return find(id).orElseThrow(() -> new DomainException.NotFound("token", Long.toString(id)));
    }

    @Override
    public long count() {
        return dsl.fetchCount(API_TOKEN);
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOptional(TokenRecordMapper::toToken);
    }

    @Override
    public List<ApiToken> list() {
        return dsl.selectFrom(API_TOKEN).orderBy(API_TOKEN.ID).fetch(TokenRecordMapper::toToken);
    }
}
