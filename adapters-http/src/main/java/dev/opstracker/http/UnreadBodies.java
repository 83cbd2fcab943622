package dev.opstracker.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;

/**
 * What is left of a request body once the answer is ready. A request refused before its body was
 * read (an unknown id, the wrong media type, no token) leaves it unread; Jetty then closes the
 * connection, often while the client is still sending, so the client never sees the answer, or finds
 * the connection gone when it sends its next request on it. Up to the size limit the rest is read and
 * dropped, so the connection stays usable; past the limit, or when the body cannot be read any more
 * (a broken multipart body), the answer says {@code Connection: close}.
 */
final class UnreadBodies {

    private static final int BUFFER = 8 * 1024;

    private final long limit;

    UnreadBodies(long limit) {
        this.limit = limit;
    }

    /** Call when the answer is ready and before it is written: an {@code after} handler. */
    void settle(Context ctx) {
        if (ctx.req().getContentLengthLong() > limit) {
            closeAfter(ctx);
            return;
        }
        try {
            InputStream rest = ctx.req().getInputStream();
            byte[] buffer = new byte[BUFFER];
            long dropped = 0;
            for (int read = rest.read(buffer); read >= 0; read = rest.read(buffer)) {
                dropped += read;
                if (dropped > limit) {
                    closeAfter(ctx);
                    return;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            closeAfter(ctx);
        }
    }

    static void closeAfter(Context ctx) {
        ctx.header(Header.CONNECTION, "close");
    }
}
