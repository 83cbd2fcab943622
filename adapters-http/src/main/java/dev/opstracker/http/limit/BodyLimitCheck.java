package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Refuses a request whose announced {@code Content-Length} is over its route's limit, before a byte of the body is read. */
public final class BodyLimitCheck implements Handler {

    private final BodyLimits limits;

    public BodyLimitCheck(BodyLimits limits) {
        this.limits = requireNonNull(limits, "limits is null");
    }

    @Override
    public void handle(Context ctx) {
        BodyLimits.Limit limit = limits.of(ctx.method().name(), ctx.path(), ctx.contentType());
        if (ctx.req().getContentLengthLong() > limit.bytes()) {
            throw new ContentTooLargeResponse(limit.describe());
        }
    }
}
