package dev.opstracker.http;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.limit.BodyLimits;
import dev.opstracker.http.limit.RequestBodyTooLarge;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.CharConversionException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves the API as {@code application/problem+json}. Only Jackson's reading
 * exceptions are client errors: a failure to write a response is a bug and stays a 500.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String AVAILABLE_METHODS = "availableMethods";

    private final BodyLimits bodyLimits;

    Problems(BodyLimits bodyLimits) {
        this.bodyLimits = bodyLimits;
    }

    void register(RoutesConfig routes) {
        routes.exception(DomainException.class, (exception, ctx) -> respond(ctx, DomainProblems.of(exception)));
        routes.exception(StreamReadException.class, (exception, ctx) -> respond(ctx, JsonProblems.malformed(exception)));
        // Raised by Jackson's decoders (a java.io exception, not one of its own) when a body's bytes are no text.
        routes.exception(CharConversionException.class, (exception, ctx) -> respond(ctx, JsonProblems.undecodable(exception)));
        routes.exception(StreamConstraintsException.class, (exception, ctx) -> respond(ctx, JsonProblems.tooComplex()));
        routes.exception(MismatchedInputException.class, (exception, ctx) -> respond(ctx, JsonProblems.mismatched(exception)));
        routes.exception(JsonMappingException.class, Problems::unreadable);
        routes.exception(HttpResponseException.class, this::httpError);
        routes.exception(Exception.class, Problems::unexpected);
    }

    static void respond(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem.at(ctx.path())).contentType(Problem.MEDIA_TYPE);
    }

    /** Javalin's own errors (no route, body too large, wrong method) and the ones handlers raise for HTTP preconditions. */
    private void httpError(HttpResponseException exception, Context ctx) {
        int status = exception.getStatus();
        String detail = exception.getMessage();
        if (status == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
            detail = bodyLimits.of(ctx.method().name(), ctx.path(), ctx.contentType()).describe();
        }
        String allowed = exception.getDetails().get(AVAILABLE_METHODS);
        if (exception instanceof MethodNotAllowedResponse && allowed != null) {
            ctx.header(Header.ALLOW, allowed);
            detail = "%s is not allowed on %s; allowed: %s".formatted(ctx.method().name(), ctx.path(), allowed);
        }
        respond(ctx, Problem.ofStatus(status, HttpStatus.forStatus(status).getMessage(), detail));
    }

    /**
     * Whether reading the body went past its route's limit below Javalin, wrapped by whichever reader met it (servlet
     * input stream, multipart parser); if so, it has been answered 413. (A body arriving too slowly fails its read with
     * a timeout, which Javalin itself answers 408 and closes.)
     */
    private static boolean answeredBodyFailure(Exception exception, Context ctx) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLarge tooLarge) {
                respond(ctx, Problem.ofStatus(HttpStatus.CONTENT_TOO_LARGE.getCode(), HttpStatus.CONTENT_TOO_LARGE.getMessage(), tooLarge.getMessage()));
                return true;
            }
        }
        return false;
    }

    /**
     * Jetty's refusal of what the client sent (a multipart body that is none), which reaches a handler
     * wrapped in a servlet exception when the handler reads the parts; null when the failure is no such refusal.
     */
    private static HttpException jettyRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                return refused;
            }
        }
        return null;
    }

    /**
     * Binding wraps what a parser refused of a value (a number out of range of its field) without
     * saying so in its type: that is the client's mistake, named by its field. Any other binding
     * failure, and every failure to write a response, is a bug.
     */
    private static void unreadable(JsonMappingException exception, Context ctx) {
        JsonProblems.unreadableValue(exception).ifPresentOrElse(problem -> respond(ctx, problem), () -> unexpected(exception, ctx));
    }

    /**
     * A bug: logged once here with its stack trace, answered without internals. Bodies and headers are
     * never logged. A database that could not be reached (no pooled connection in time, connection
     * refused) is no bug: it is answered 503 with Retry-After, a status every client retries.
     */
    private static void unexpected(Exception exception, Context ctx) {
        if (answeredBodyFailure(exception, ctx)) {
            return;
        }
        HttpException refused = jettyRefusal(exception);
        if (refused != null) {
            // Jetty gives up on a connection whose request it refused.
            UnreadBodies.closeAfter(ctx);
            int status = refused.getCode();
            respond(ctx, Problem.ofStatus(status, HttpStatus.forStatus(status).getMessage(), "the request could not be read: " + refused.getReason()));
            return;
        }
        if (DatabaseFailures.unreachable(exception)) {
            LOG.warn("The database could not be reached answering {} {}: {}", ctx.method(), ctx.path(), DatabaseFailures.describe(exception));
            ctx.header(Header.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
            respond(ctx, Problem.of(ProblemType.DATABASE_UNAVAILABLE, "the database cannot be reached just now; try again shortly"));
            return;
        }
        LOG.error("Unexpected failure answering {} {}", ctx.method(), ctx.path(), exception);
        respond(ctx, Problem.of(ProblemType.INTERNAL_ERROR, "the server failed to answer this request; the failure has been logged"));
    }
}
