package dev.opstracker.application.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.shared.ActivityListener;
import dev.opstracker.application.shared.UnversionedRetry;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Monitoring's way in: a delivery of alerts, already read into {@link Alert}s by a source's
 * adapter, is kept (masked, cut to {@value #MAX_KEPT_BODY_BYTES} bytes) and applied: first firings
 * open tasks, repeats fold into them, resolutions end them. The answer comes only once all of it is
 * stored, so a sender told "done" never loses an alert; a sender's retry of the same events answers
 * the same outcomes and changes nothing. Intake goes on past the critical storage level, where other
 * changes are refused: monitoring must be heard however full the disk.
 */
public final class AlertIntake {

    /** The most of a delivery's body kept for audit; the rest is dropped with the body marked as cut. */
    public static final int MAX_KEPT_BODY_BYTES = 64 * 1024;
    private static final Set<AlertOutcome.Kind> NEW_ON_TASK = EnumSet.of(AlertOutcome.Kind.OPENED, AlertOutcome.Kind.GROUPED, AlertOutcome.Kind.REOPENED);
    /** The most alerts one delivery may carry. */
    public static final int MAX_ALERTS_PER_DELIVERY = 5_000;

    private final AlertStore store;
    private final InstantSource clock;
    private final AlertRouting routing;
    /** Null when intake runs without an infrastructure map (embedded tests): no labels are mapped then. */
    private final AlertComponents components;
    /** Told of the tasks alerts open and resolve, once their components are linked. */
    private final TaskLifecycleListener listener;
    /** Told of every applied delivery's outcomes and of the tasks first firings opened, for counting. */
    private final ActivityListener activity;
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

    /** Intake that does not look labels up in an infrastructure map. */
    public AlertIntake(AlertStore store, AlertRouting routing, InstantSource clock) {
        this(store, routing, TaskLifecycleListener.NONE, clock);
    }

    /** Intake that does not look labels up in an infrastructure map, telling {@code listener} of the tasks it opens and resolves. */
    public AlertIntake(AlertStore store, AlertRouting routing, TaskLifecycleListener listener, InstantSource clock) {
        this.store = requireNonNull(store, "store is null");
        this.routing = requireNonNull(routing, "routing is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.components = null;
        this.listener = requireNonNull(listener, "listener is null");
        this.activity = ActivityListener.NONE;
    }

    /** Intake that looks labels up in the infrastructure map and tells no one of the tasks it opens and resolves. */
    public AlertIntake(AlertStore store, AlertRouting routing, AlertComponents components, InstantSource clock) {
        this(store, routing, components, TaskLifecycleListener.NONE, clock);
    }

    /** Intake that looks labels up in the infrastructure map, tells {@code listener} of tasks and counts nothing. */
    public AlertIntake(AlertStore store, AlertRouting routing, AlertComponents components, TaskLifecycleListener listener, InstantSource clock) {
        this(store, routing, components, listener, ActivityListener.NONE, clock);
    }

    @Inject
    public AlertIntake(AlertStore store, AlertRouting routing, AlertComponents components, TaskLifecycleListener listener,
            ActivityListener activity, InstantSource clock) {
        this.store = requireNonNull(store, "store is null");
        this.routing = requireNonNull(routing, "routing is null");
        this.components = requireNonNull(components, "components is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.activity = requireNonNull(activity, "activity is null");
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
        List<AlertComponents.Resolved> resolved = all.stream().map(alert -> resolve(alert, rules.select(alert))).toList();
        List<Alert> keyed = resolved.stream().map(AlertComponents.Resolved::alert).toList();
        List<AlertOutcome> outcomes = UnversionedRetry.run(OptionalLong.empty(), () -> store.record(delivery, keyed, rules, now));
        linkOpenedTasks(resolved, outcomes);
        tellListener(outcomes);
        activity.alertsApplied(source, outcomes);
        outcomes.stream().filter(outcome -> outcome.kind() == AlertOutcome.Kind.OPENED && !outcome.duplicate())
                .forEach(opened -> activity.taskOpened(ActivityListener.Origin.ALERT));
        // A resolution closes its task with DONE; a stored answer to a repeated event says it closed nothing.
        outcomes.stream().filter(AlertOutcome::closedTask).forEach(closed -> activity.taskClosed(TaskStatus.DONE, ActivityListener.Origin.ALERT));
        if (checkedHealthy.add(source)) {
            resolveBrokenIntegration(source, now);
        }
        return outcomes;
    }

    private AlertComponents.Resolved resolve(Alert alert, AlertRule rule) {
        return components == null ? new AlertComponents.Resolved(rule.keyed(alert, Map.of()), List.of()) : components.resolve(alert, rule);
    }

    /** A task that a problem opened, joined or reopened gets linked to the components the problem's labels name (again, on a sender's retry). */
    private void linkOpenedTasks(List<AlertComponents.Resolved> resolved, List<AlertOutcome> outcomes) {
        for (int index = 0; index < outcomes.size(); index++) {
            AlertOutcome outcome = outcomes.get(index);
            List<Component> named = resolved.get(index).components();
            if (!named.isEmpty() && NEW_ON_TASK.contains(outcome.kind())) {
                components.link(outcome.taskId(), named);
            }
        }
    }

    /**
     * Opened tasks (with their components linked by now) and resolutions go to the listener, duplicates
     * too: a sender retries after a failure, and the listener keeps its effects once per task.
     */
    private void tellListener(List<AlertOutcome> outcomes) {
        for (AlertOutcome outcome : outcomes) {
            if (outcome.kind() == AlertOutcome.Kind.OPENED) {
                listener.taskOpened(outcome.taskId());
            } else if (outcome.kind() == AlertOutcome.Kind.RESOLVED && outcome.taskId() != null) {
                listener.taskClosed(outcome.taskId());
            }
        }
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

    /** Problems kept until their rule's threshold is reached, oldest first. */
    public Page<Incident> pending(PageRequest page) {
        return store.pending(requireNonNull(page, "page is null"));
    }

    /** Incidents seen (fired, folded or resolved) at or after {@code since}, oldest first, a page at a time. */
    public Page<Incident> seenSince(Instant since, PageRequest page) {
        return store.seenSince(requireNonNull(since, "since is null"), page);
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
