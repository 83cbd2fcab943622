package dev.opstracker.http.time;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.http.security.BearerAuth;
import io.javalin.http.Context;

/**
 * Whose time a request is about. Tokens name a person or a machine, not an account, so the user is
 * the calling token's name; only an admin token may act for another user by naming them.
 */
final class TimeUsers {

    static final String FIELD = "user";

    private TimeUsers() {
    }

    /**
     * The user the request acts for: the token's name, or {@code named} (from the body or the query)
     * when it differs and the token holds {@code admin}.
     *
     * @throws DomainException.Forbidden when a token without {@code admin} names another user
     */
    static String actingFor(Context ctx, String named) {
        ApiToken caller = BearerAuth.caller(ctx);
        if (named == null || named.strip().equals(caller.name())) {
            return caller.name();
        }
        if (caller.grants(Scope.ADMIN)) {
            return named;
        }
        throw new DomainException.Forbidden(Scope.ADMIN.wireName(), ("token '%s' records and reads its own time only; naming another user in '%s' (%s)"
                + " needs the admin scope").formatted(caller.name(), FIELD, named));
    }

    static boolean isAdmin(Context ctx) {
        return BearerAuth.caller(ctx).grants(Scope.ADMIN);
    }

    /**
     * The entry when the caller may see it: their own, or anyone's for an admin, and for a token
     * limited to a client only that client's. Another user's (or another client's) entry
     * is answered exactly like a missing one (404, same message) rather than 403, for reads and writes
     * alike: a 403 would confirm that the id exists and whose time it holds, and entries name clients
     * and carry notes a colleague should not learn of by counting ids.
     */
    static TimeEntry visible(Context ctx, TimeEntry entry) {
        ApiToken caller = BearerAuth.caller(ctx);
        boolean mayRead = caller.grants(Scope.ADMIN) || entry.details().user().equals(caller.name());
        if (mayRead && caller.sees(entry.details().client())) {
            return entry;
        }
        throw new DomainException.NotFound("time entry", entry.id().toString());
    }
}
