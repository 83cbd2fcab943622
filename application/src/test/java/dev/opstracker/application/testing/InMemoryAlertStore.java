package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertGroup;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.IncidentRules;
import dev.opstracker.domain.alert.IncidentWriter;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link AlertStore} in memory over a {@link TaskStore}; one lock makes each call atomic. */
public final class InMemoryAlertStore implements AlertStore {

    private final Map<Long, Incident> incidents = new HashMap<>();
    private final Map<Long, AlertGroup> groups = new HashMap<>();
    private final Map<List<String>, AlertOutcome> events = new HashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final IncidentWriter writer;

    public InMemoryAlertStore(TaskStore tasks) {
        this.writer = new IncidentWriter(new Rows(), requireNonNull(tasks, "tasks is null"));
    }

    @Override
    public synchronized List<AlertOutcome> record(Delivery delivery, List<Alert> alerts, AlertRules rules, Instant now) {
        requireNonNull(delivery, "delivery is null");
        deliveries.add(delivery);
        List<AlertOutcome> outcomes = new ArrayList<>();
        for (Alert alert : alerts) {
            List<String> event = List.of(alert.source().wireName(), alert.scope(), alert.eventKey());
            AlertOutcome seen = events.get(event);
            if (seen != null) {
                incidents.computeIfPresent(seen.incidentId(), (id, incident) -> incident.isOpen() ? incident.seenAgain(now) : incident);
                outcomes.add(seen.asDuplicate());
                continue;
            }
            Optional<Incident> open = findOpen(alert.source(), alert.scope(), alert.dedupKey());
            Optional<Incident> latest = open.isPresent() ? Optional.empty() : latestOf(alert);
            AlertRule rule = rules.select(alert);
            AlertOutcome outcome = writer.apply(IncidentRules.decide(alert, open, latest, rule, now), alert, rule, now);
            events.put(event, outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    @Override
    public synchronized Optional<Incident> findOpen(AlertSource source, String scope, String dedupKey) {
        return incidents.values().stream().filter(incident -> incident.isOpen() && sameKey(incident, source, scope, dedupKey)).findFirst();
    }

    @Override
    public synchronized Page<Incident> pending(PageRequest page) {
        List<Incident> waiting = incidents.values().stream().filter(incident -> incident.isPending() && incident.id() > page.afterId())
                .sorted(Comparator.comparingLong(Incident::id)).toList();
        return Page.ofLookahead(waiting.subList(0, Math.min(waiting.size(), page.limit() + 1)), page.limit(), waiting.size(), Incident::id);
    }

    @Override
    public synchronized List<Incident> incidentsOf(TaskId taskId) {
        return incidents.values().stream().filter(incident -> incident.taskId().equals(taskId)).sorted(Comparator.comparingLong(Incident::id)).toList();
    }

    @Override
    public synchronized Page<Incident> seenSince(Instant since, PageRequest page) {
        List<Incident> seen = incidents.values().stream().filter(incident -> !incident.lastSeenAt().isBefore(since) && incident.id() > page.afterId())
                .sorted(Comparator.comparingLong(Incident::id)).toList();
        return Page.ofLookahead(seen.subList(0, Math.min(seen.size(), page.limit() + 1)), page.limit(), seen.size(), Incident::id);
    }

    @Override
    public synchronized long deliveryCount() {
        return deliveries.size();
    }

    /** The deliveries kept, oldest first. */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private Optional<Incident> latestOf(Alert alert) {
        return incidents.values().stream().filter(incident -> sameKey(incident, alert.source(), alert.scope(), alert.dedupKey()))
                .max(Comparator.comparingLong(Incident::id));
    }

    private static boolean sameKey(Incident incident, AlertSource source, String scope, String dedupKey) {
        return incident.source() == source && incident.scope().equals(scope) && incident.dedupKey().equals(dedupKey);
    }

    private final class Rows implements IncidentWriter.Rows {
        @Override
        public long insert(Incident incident) {
            if (findOpen(incident.source(), incident.scope(), incident.dedupKey()).isPresent()) {
                throw new IllegalStateException("a second open incident for " + incident.dedupKey());
            }
            long id = incidents.size() + 1L;
            incidents.put(id, incident.withId(id));
            return id;
        }

        @Override
        public void update(Incident incident) {
            incidents.put(incident.id(), incident);
        }

        @Override
        public boolean anyOpenOn(TaskId taskId) {
            return incidents.values().stream().anyMatch(incident -> incident.isOpen() && incident.taskId().equals(taskId));
        }

        @Override
        public Optional<AlertGroup> acceptingGroup(String key) {
            return groups.values().stream().filter(group -> group.accepting() && group.key().equals(key)).findFirst();
        }

        @Override
        public long insertGroup(AlertGroup group) {
            if (acceptingGroup(group.key()).isPresent()) {
                throw new IllegalStateException("a second accepting group for " + group.key());
            }
            long id = groups.size() + 1L;
            groups.put(id, group.withId(id));
            return id;
        }

        @Override
        public void updateGroup(AlertGroup group) {
            groups.put(group.id(), group);
        }

        @Override
        public void sealGroupsOf(TaskId taskId) {
            groups.replaceAll((id, group) -> group.taskId().equals(taskId) ? group.sealed() : group);
        }
    }
}
