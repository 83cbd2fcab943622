package dev.opstracker.http.alert;

import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.BodyProblems;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.security.SignedWebhook;
import dev.opstracker.http.security.WebhookSignatures;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/alerts/{alertmanager,grafana,events,generic}}: each delivery is read as raw
 * bytes, turned into alerts by its source's {@link AlertFormat}, and handed to {@link AlertIntake};
 * the answer is 2xx only once everything is stored. Senders retry on 5xx and drop on 4xx
 * (Alertmanager drops even a 429), so a store that fails answers 503 with Retry-After, while a body
 * that can never be read answers 400. Public only so that the server in the parent package can mount it.
 */
public final class AlertRoutes {

    static final String BASE_PATH = "/api/v1/alerts";
    /** Alertmanager ignores it and backs off by itself; other senders honour it. */
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(AlertRoutes.class);

    private final AlertIntake intake;
    private final DeadLetters deadLetters;
    private final DeadLetterRoutes deadLetterRoutes;
    private final AlertRulesRoutes rulesRoutes;
    private final AlertFormat alertmanager;
    private final AlertFormat grafana;
    private final AlertFormat events;
    private final AlertFormat generic;
    private final WebhookSignatures signatures;
    private final IntakeGate gate = new IntakeGate(IntakeGate.DEFAULT_SLOTS, IntakeGate.DEFAULT_WAIT);

    public AlertRoutes(AlertIntake intake, DeadLetters deadLetters, AlertRouting routing, ObjectMapper mapper,
            WebhookSignatures signatures) {
        this.intake = requireNonNull(intake, "intake is null");
        this.deadLetters = requireNonNull(deadLetters, "deadLetters is null");
        this.signatures = requireNonNull(signatures, "signatures is null");
        WebhookJson json = new WebhookJson(requireNonNull(mapper, "mapper is null"));
        this.alertmanager = new AlertmanagerFormat(AlertSource.ALERTMANAGER, json);
        this.grafana = new AlertmanagerFormat(AlertSource.GRAFANA, json);
        this.events = new EventsFormat(json);
        this.generic = new GenericFormat(json);
        this.deadLetterRoutes = new DeadLetterRoutes(deadLetters, this::apply, List.of(alertmanager, grafana, events, generic));
        this.rulesRoutes = new AlertRulesRoutes(requireNonNull(routing, "routing is null"), mapper);
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            post(AlertSource.ALERTMANAGER.wireName(), ctx -> respond(ctx, deliver(ctx, alertmanager)), RequiredScope.ALERTS_WRITE,
                    new SignedWebhook(AlertSource.ALERTMANAGER));
            post(AlertSource.GRAFANA.wireName(), ctx -> respond(ctx, deliver(ctx, grafana)), RequiredScope.ALERTS_WRITE,
                    new SignedWebhook(AlertSource.GRAFANA));
            post(AlertSource.EVENTS.wireName(), this::event, RequiredScope.ALERTS_WRITE,
                    new SignedWebhook(AlertSource.EVENTS));
            post(AlertSource.GENERIC.wireName(), ctx -> respond(ctx, deliver(ctx, generic)), RequiredScope.ALERTS_WRITE,
                    new SignedWebhook(AlertSource.GENERIC));
            deadLetterRoutes.addEndpoints();
            rulesRoutes.addEndpoints();
            new IncidentRoutes(intake).addEndpoints();
        });
    }

    /** PagerDuty answers 202 with the dedup key, generated or not; its clients expect that. */
    private void event(Context ctx) throws IOException {
        ctx.status(HttpStatus.ACCEPTED).json(EventResponse.from(deliver(ctx, events)));
    }

    private static void respond(Context ctx, Received received) {
        ctx.json(WebhookResponse.from(received));
    }

    /**
     * Reads, authenticates and applies a delivery. The signature (if that is how the caller authenticates) is checked
     * over the exact bytes before anything is parsed; a delivery that ends up not stored gives its id back, so that
     * the sender's retry under the same id is not refused as a replay.
     */
    private Received deliver(Context ctx, AlertFormat format) throws IOException {
        byte[] body = WebhookBody.read(ctx);
        signatures.authenticate(ctx, format.source(), body);
        boolean stored = false;
        try (IntakeGate.Permit slot = gate.tryEnter().orElseThrow(() -> overloaded(ctx, format.source()))) {
            Received received = keepRefused(ctx, format, body);
            stored = true;
            return received;
        } finally {
            if (!stored) {
                signatures.release(ctx);
            }
        }
    }

    /** Applies a delivery; one the format or the intake refuses is kept as a dead letter before the 400 goes out. */
    private Received keepRefused(Context ctx, AlertFormat format, byte[] body) throws IOException {
        try {
            return apply(ctx, format, body);
        } catch (IOException unreadable) {
            deadLetters.reject(format.source(), body, BodyProblems.describe(unreadable));
            throw unreadable;
        } catch (DomainException.InvalidInput refused) {
            deadLetters.reject(format.source(), body, refused.getMessage());
            throw refused;
        }
    }

    private Received apply(Context ctx, AlertFormat format, byte[] body) throws IOException {
        List<Alert> alerts = format.read(body);
        try {
            return new Received(alerts, intake.receive(format.source(), body, alerts));
        } catch (DomainException.Conflict conflict) {
            // Losing every retry of a race is contention, not a bad delivery: the sender should try again.
            if (!conflict.isLostRace()) {
                throw conflict;
            }
            throw unavailable(ctx, format.source(), conflict);
        } catch (DomainException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            throw unavailable(ctx, format.source(), failure);
        }
    }

    private static ServiceUnavailableResponse overloaded(Context ctx, AlertSource source) {
        LOG.warn("Turned a {} delivery away: {} deliveries are being stored already; answered 503 so that the sender retries", source.wireName(),
                IntakeGate.DEFAULT_SLOTS);
        ctx.header(Header.RETRY_AFTER, Integer.toString(IntakeGate.RETRY_AFTER_SECONDS));
        return new ServiceUnavailableResponse("more alerts are arriving than can be stored right now and nothing of this delivery was kept; "
                + "send it again in a few seconds");
    }

    /** Nothing was kept, so the sender must send again; the failure is logged here once, without the body. */
    private static ServiceUnavailableResponse unavailable(Context ctx, AlertSource source, RuntimeException failure) {
        LOG.error("Storing a {} delivery failed; answered 503 so that the sender retries", source.wireName(), failure);
        ctx.header(Header.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return new ServiceUnavailableResponse("the alerts could not be stored just now and nothing was kept; send them again later");
    }
}
