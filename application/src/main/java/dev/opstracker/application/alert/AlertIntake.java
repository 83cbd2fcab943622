package dev.opstracker.application.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.shared.UnversionedRetry;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Monitoring's way in: a delivery of alerts, already read into {@link Alert}s by a source's
 * adapter, is kept (masked, cut to {@value #MAX_KEPT_BODY_BYTES} bytes) and applied: first firings
 * open tasks, repeats fold into them, resolutions end them. The answer comes only once all of it is
 * stored, so a sender told "done" never loses an alert; a sender's retry of the same events answers
 * the same outcomes and changes nothing.
 */
public final class AlertIntake {

    /** The most of a delivery's body kept for audit; the rest is dropped with the body marked as cut. */
    public static final int MAX_KEPT_BODY_BYTES = 64 * 1024;
    /** The most alerts one delivery may carry. */
    public static final int MAX_ALERTS_PER_DELIVERY = 5_000;

    private final AlertStore store;
    private final InstantSource clock;
    private final AlertRouting routing;
    private final SecretMasker masker = SecretMasker.standard();
    /** Sources that may have an open "integration broken" alert: unknown ones after start-up, and those reported broken since. */
    private final Set<AlertSource> checkedHealthy = ConcurrentHashMap.newKeySet();

    /** Intake by the default rules. */
    public AlertIntake(AlertStore store, InstantSource clock) {
        this(store, clock, AlertRules.DEFAULT);
    }

    /** Intake by rules that never change. */
    public AlertIntake(AlertStore store, InstantSource clock, AlertRules rules) {
        this(store, AlertRouting.fixed(rules), clock);
    }

    @Inject
    public AlertIntake(AlertStore store, AlertRouting routing, InstantSource clock) {
        this.store = requireNonNull(store, "store is null");
        this.routing = requireNonNull(routing, "routing is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Keeps the delivery and applies its alerts, each in order.
     *
     * @param body the request body exactly as received
     * @return one outcome per alert, in order
     */
    public List<AlertOutcome> receive(AlertSource source, byte[] body, List<Alert> alerts) {
        requireNonNull(source, "source is null");
        requireNonNull(body, "body is null");
        List<Alert> all = List.copyOf(requireNonNull(alerts, "alerts is null"));
        if (all.size() > MAX_ALERTS_PER_DELIVERY) {
            throw new DomainException.InvalidInput("alerts", all.size() + " alerts", "a delivery carries at most %d alerts".formatted(MAX_ALERTS_PER_DELIVERY));
        }
        all.forEach(alert -> {
            if (alert.source() != source) {
                throw new IllegalArgumentException("a %s alert in a %s delivery".formatted(alert.source().wireName(), source.wireName()));
            }
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Delivery delivery = new Delivery(source, now, keptBody(body), body.length, body.length > MAX_KEPT_BODY_BYTES);
        AlertRules rules = routing.rules();
        List<AlertOutcome> outcomes = UnversionedRetry.run(OptionalLong.empty(), () -> store.record(delivery, all, rules, now));
        if (checkedHealthy.add(source)) {
            resolveBrokenIntegration(source, now);
        }
        return outcomes;
    }

    /** Raises (or folds into) the "integration broken" alert of the dead letter's source. */
    void reportBroken(DeadLetter latest, long recentFailures) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Delivery note = new Delivery(latest.source(), now, "(raised by OpsTracker: dead letter " + latest.id() + ")", 0, false);
        UnversionedRetry.run(OptionalLong.empty(), () -> store.record(note, List.of(IntegrationHealth.broken(latest, recentFailures)), routing.rules(), now));
        checkedHealthy.remove(latest.source());
    }

    private void resolveBrokenIntegration(AlertSource source, Instant now) {
        if (store.findOpen(source, IntegrationHealth.SCOPE, IntegrationHealth.DEDUP_KEY).isPresent()) {
            Delivery note = new Delivery(source, now, "(raised by OpsTracker: a delivery was accepted)", 0, false);
            UnversionedRetry.run(OptionalLong.empty(), () -> store.record(note, List.of(IntegrationHealth.recovered(source, now)), routing.rules(), now));
        }
    }

    /** The open incident of a dedup key, if any. */
    public Optional<Incident> openIncident(AlertSource source, String scope, String dedupKey) {
        return store.findOpen(requireNonNull(source, "source is null"), scope == null ? "" : scope, requireNonNull(dedupKey, "dedupKey is null"));
    }

    /** The incidents a task tracks, oldest first. */
    public List<Incident> incidentsOf(TaskId taskId) {
        return store.incidentsOf(requireNonNull(taskId, "taskId is null"));
    }

    /** The start of the body as text with secrets masked; bytes that are not UTF-8 become U+FFFD, and a character cut at the limit is dropped. */
    private String keptBody(byte[] body) {
        int length = Math.min(body.length, MAX_KEPT_BODY_BYTES);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, 0, length)).toString();
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (length < body.length && text.endsWith("\uFFFD")) {
            text = text.substring(0, text.length() - 1);
        }
        return masker.mask(text);
    }
}
