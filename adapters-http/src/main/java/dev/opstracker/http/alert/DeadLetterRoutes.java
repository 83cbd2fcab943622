package dev.opstracker.http.alert;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/alerts/dead-letters[/{id}]} and {@code POST .../{id}/replay}: the refused
 * deliveries, and a replay that reads a letter's exact bytes through its source's format and applies
 * them as if they had just arrived. A letter that is still refused stays as it is (no second letter).
 */
final class DeadLetterRoutes {

    /** Applies a delivery's bytes as the webhook route does. */
    @FunctionalInterface
    interface Delivery {
        Received apply(Context ctx, AlertFormat format, byte[] body) throws IOException;
    }

    private static final String PATH = "dead-letters";

    private final DeadLetters deadLetters;
    private final Delivery delivery;
    private final Map<AlertSource, AlertFormat> formats = new EnumMap<>(AlertSource.class);

    DeadLetterRoutes(DeadLetters deadLetters, Delivery delivery, List<AlertFormat> formats) {
        this.deadLetters = deadLetters;
        this.delivery = delivery;
        formats.forEach(format -> this.formats.put(format.source(), format));
    }

    /** Declares the routes inside the alerts path. */
    void addEndpoints() {
        get(PATH, this::list, RequiredScope.ALERTS_READ);
        get(PATH + "/{id}", ctx -> ctx.json(DeadLetterResponse.from(deadLetters.get(id(ctx)))), RequiredScope.ALERTS_READ);
        post(PATH + "/{id}/replay", this::replay, RequiredScope.ALERTS_WRITE);
    }

    private void list(Context ctx) {
        ctx.json(DeadLetterResponse.Listing.from(deadLetters.list(QueryParameters.of(ctx.queryParamMap(), Set.of()).page())));
    }

    private void replay(Context ctx) throws IOException {
        DeadLetter letter = deadLetters.get(id(ctx));
        Received received = delivery.apply(ctx, formats.get(letter.source()), letter.body());
        deadLetters.markReplayed(letter.id());
        ctx.json(WebhookResponse.from(received));
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // Refused below, with the same words as a number out of range.
        }
        throw new DomainException.InvalidInput("id", text, "a dead letter id is a positive whole number");
    }
}
