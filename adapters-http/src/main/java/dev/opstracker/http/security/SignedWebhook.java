package dev.opstracker.http.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertSource;
import io.javalin.security.RouteRole;

/**
 * Declares that a webhook route accepts its source's signature instead of a bearer token, when signing is
 * configured for that source. The route itself must then call {@link WebhookSignatures#authenticate}.
 */
public record SignedWebhook(AlertSource source) implements RouteRole {

    public SignedWebhook {
        requireNonNull(source, "source is null");
    }
}
