package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Counts the body bytes each request delivers, below every reader (Javalin's {@code ctx.body()}, Jackson, the
 * multipart parser), and fails the read that goes past the route's limit with {@link RequestBodyTooLarge}. This is
 * what stops a body whose length was not announced (chunked); an announced one over the limit is refused before
 * reading by {@link BodyLimitCheck}.
 */
final class BodyLimitHandler extends Handler.Wrapper {

    private final BodyLimits limits;

    BodyLimitHandler(BodyLimits limits) {
        this.limits = requireNonNull(limits, "limits is null");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        BodyLimits.Limit limit = limits.of(request.getMethod(), Request.getPathInContext(request),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        return super.handle(new LimitedRequest(request, limit), response, callback);
    }

    /** Reads are serialised by Jetty's content contract (one reader at a time), so the count needs no lock. */
    private static final class LimitedRequest extends Request.Wrapper {

        private final BodyLimits.Limit limit;
        private long read;
        private Content.Chunk failure;

        LimitedRequest(Request wrapped, BodyLimits.Limit limit) {
            super(wrapped);
            this.limit = limit;
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            read += chunk.remaining();
            if (read > limit.bytes()) {
                chunk.release();
                failure = Content.Chunk.from(new RequestBodyTooLarge(limit), true);
                return failure;
            }
            return chunk;
        }
    }
}
