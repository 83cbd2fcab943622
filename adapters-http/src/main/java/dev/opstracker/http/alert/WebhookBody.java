package dev.opstracker.http.alert;

import dev.opstracker.http.shared.MediaTypes;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;

/**
 * The raw bytes of a webhook delivery, read before any JSON binding: they are what the intake keeps
 * for audit and what a signature is computed over, so they must be exactly what the sender sent.
 */
final class WebhookBody {

    private WebhookBody() {
    }

    /**
     * Checks the media type (415) and reads the body; {@code ctx.bodyAsBytes()} enforces the
     * configured size limit (413).
     */
    static byte[] read(Context ctx) {
        String mediaType = MediaTypes.of(ctx);
        if (!MediaTypes.JSON.equals(mediaType)) {
            throw new UnsupportedMediaTypeResponse("expected Content-Type %s, got %s"
                    .formatted(MediaTypes.JSON, mediaType.isEmpty() ? "none" : mediaType));
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new BadRequestResponse("the request needs a JSON body");
        }
        return body;
    }
}
