package dev.opstracker.bootstrap.metrics;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.shared.ActivityListener;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.task.TaskStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;

/**
 * Counts what the use cases did as Prometheus counters: tasks opened and closed (by user or alert; closed by status too), every
 * alert of an applied delivery by source and outcome, and dead letters by source. A sender's repeat of an event is
 * counted with outcome {@code duplicate}, so the kinds add up to the alerts received.
 */
public final class MicrometerActivity implements ActivityListener {

    public static final String TASKS_OPENED = "opstracker.tasks.opened";
    public static final String TASKS_CLOSED = "opstracker.tasks.closed";
    public static final String ALERTS = "opstracker.alerts.received";
    public static final String DEAD_LETTERS = "opstracker.alerts.dead.lettered";

    private final MeterRegistry registry;

    /** Registers the task and dead-letter counters at zero, so that a rate over them has a series from the start. */
    public MicrometerActivity(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
        for (Origin origin : Origin.values()) {
            taskOpenings(origin);
        }
        for (TaskStatus status : TaskStatus.values()) {
            if (status.isClosed()) {
                for (Origin origin : Origin.values()) {
                    taskClosings(status, origin);
                }
            }
        }
        for (AlertSource source : AlertSource.values()) {
            deadLetters(source);
        }
    }

    @Override
    public void taskOpened(Origin origin) {
        taskOpenings(origin).increment();
    }

    @Override
    public void taskClosed(TaskStatus status, Origin origin) {
        taskClosings(status, origin).increment();
    }

    @Override
    public void alertsApplied(AlertSource source, List<AlertOutcome> outcomes) {
        for (AlertOutcome outcome : outcomes) {
            String kind = outcome.duplicate() ? "duplicate" : lower(outcome.kind().name());
            Counter.builder(ALERTS).description("Alerts of applied deliveries, by source and what each did")
                    .tag("source", source.wireName()).tag("outcome", kind).register(registry).increment();
        }
    }

    @Override
    public void deadLettered(AlertSource source) {
        deadLetters(source).increment();
    }

    private Counter taskOpenings(Origin origin) {
        return Counter.builder(TASKS_OPENED).description("Tasks created, by a user or by an alert's first firing")
                .tag("by", lower(origin.name())).register(registry);
    }

    private Counter taskClosings(TaskStatus status, Origin origin) {
        return Counter.builder(TASKS_CLOSED).description("Tasks moved to a closed status, by a user or by their alert resolving")
                .tag("status", lower(status.name())).tag("by", lower(origin.name())).register(registry);
    }

    private Counter deadLetters(AlertSource source) {
        return Counter.builder(DEAD_LETTERS).description("Deliveries that could not be applied and were kept as dead letters")
                .tag("source", source.wireName()).register(registry);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
