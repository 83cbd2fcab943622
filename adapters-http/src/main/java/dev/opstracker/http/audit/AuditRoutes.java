package dev.opstracker.http.audit;

import static io.javalin.apibuilder.ApiBuilder.get;
import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.Timestamps;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code GET /api/v1/audit?since=&limit=&cursor=} ({@code admin}): the administrative audit log newest first,
 * {@code {"items": [{"id", "at", "actor": {"name", "tokenId"}, "action", "target", "detail"}], "next"}}; {@code since}
 * (an ISO instant) keeps what was recorded at or after it, {@code limit} is 1 to 500 (default 50), {@code cursor} is the
 * {@code next} of the previous page. 400 names a bad parameter. Public only so that the server in the parent package can mount it.
 */
public final class AuditRoutes {

    static final String PATH = "/api/v1/audit";

    private final AuditLog audit;

    public AuditRoutes(AuditLog audit) {
        this.audit = requireNonNull(audit, "audit is null");
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        get(PATH, this::list, RequiredScope.ADMIN);
    }

    private void list(Context ctx) {
        QueryParameters query = QueryParameters.of(ctx.queryParamMap(), Set.of("since"));
        ctx.json(AuditEntryResponse.Listing.from(audit.list(Timestamps.parseOptional("since", query.single("since")), query.page().withoutTotal())));
    }
}
