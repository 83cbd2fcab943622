package dev.opstracker.http.alert;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An alert store whose every write fails, as one behind an unreachable database does; it counts the attempts. */
final class FailingAlertStore implements AlertStore {

    static final String INTERNAL_MESSAGE = "Communications link failure: db.internal:3306 refused the connection";

    private final Supplier<RuntimeException> failure;
    private final AtomicInteger attempts = new AtomicInteger();

    FailingAlertStore() {
        this(() -> new IllegalStateException(INTERNAL_MESSAGE));
    }

    FailingAlertStore(Supplier<RuntimeException> failure) {
        this.failure = failure;
    }

    int attempts() {
        return attempts.get();
    }

    @Override
    public List<AlertOutcome> record(Delivery delivery, List<Alert> alerts, AlertRules rules, Instant now) {
        attempts.incrementAndGet();
        throw failure.get();
    }

    @Override
    public Optional<Incident> findOpen(AlertSource source, String scope, String dedupKey) {
        throw failure.get();
    }

    @Override
    public Page<Incident> pending(PageRequest page) {
        throw failure.get();
    }

    @Override
    public List<Incident> incidentsOf(TaskId taskId) {
        throw failure.get();
    }

    @Override
    public Page<Incident> seenSince(Instant since, PageRequest page) {
        throw failure.get();
    }

    @Override
    public long deliveryCount() {
        throw failure.get();
    }
}
