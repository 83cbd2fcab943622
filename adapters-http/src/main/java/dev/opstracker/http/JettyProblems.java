package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the API (a path with an encoded NUL or
 * an ambiguous separator, a malformed request line), as problems like every other error rather than
 * Jetty's HTML page. Jetty's reason is passed on; a cause never is.
 */
final class JettyProblems extends ErrorHandler {

    private final ObjectMapper mapper;

    JettyProblems(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper is null");
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        return ByteBuffer.wrap(body(status, reason, null));
    }

    /** The path as sent, still percent-encoded; none when Jetty could not read as far as the path. */
    private byte[] body(int status, String reason, String path) {
        String phrase = HttpStatus.forStatus(status).getMessage();
        String detail = reason == null || reason.isBlank() || reason.equals(phrase)
                ? "the request could not be read" : "the request could not be read: " + reason;
        try {
            return mapper.writeValueAsBytes(Problem.ofStatus(status, phrase, detail).at(path));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a problem is plain data", impossible);
        }
    }
}
