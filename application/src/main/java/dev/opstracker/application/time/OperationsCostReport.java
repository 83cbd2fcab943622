package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.BillingTerms;
import dev.opstracker.domain.time.NodeCost;
import dev.opstracker.domain.time.NodeCostTally;
import dev.opstracker.domain.time.TaskOperations;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operations cost report: per infrastructure component, what the work on it and everything
 * below it came to within a range (see {@link NodeCost} for each figure). A billing report, so it
 * lives with {@link BillingReports} and prices time with the same {@link BillingStore#terms() terms}
 * and {@link dev.opstracker.domain.time.EntryPricing pricing}: a node's amount is what a report over
 * the tasks linked to it or below it says. Each task is read once however many nodes it counts in,
 * and entries are streamed from the store once for all nodes, never held.
 */
public final class OperationsCostReport {

    /** The most components one report covers. */
    public static final int MAX_NODES = PageRequest.MAX_LIMIT;

    private final ComponentStore components;
    private final LinkedWork linkedWork;
    private final TaskStore tasks;
    private final AlertStore alerts;
    private final TimeEntryStore entries;
    private final BillingStore billing;
    private final AuditLog audit;
    private final InstantSource clock;

    @Inject
    public OperationsCostReport(ComponentStore components, LinkedWork linkedWork, TaskStore tasks, AlertStore alerts, TimeEntryStore entries,
            BillingStore billing, AuditLog audit, InstantSource clock) {
        this.components = requireNonNull(components, "components is null");
        this.linkedWork = requireNonNull(linkedWork, "linkedWork is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.entries = requireNonNull(entries, "entries is null");
        this.billing = requireNonNull(billing, "billing is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * One row per component matching {@code nodes} (such as {@code kind:cluster} or
     * {@code kind:region under:aws}), in tree order, for the tasks linked to it or below it and their
     * time within {@code range}, days bucketed and priced in {@code zone}.
     *
     * @throws DomainException.InvalidInput naming {@code components} when the query matches more than
     *                                      {@value #MAX_NODES} components or a node more than
     *                                      {@link BillingReports#MAX_COMPONENT_TASKS} tasks; naming
     *                                      {@code range} or {@code zone} when missing
     */
    public List<NodeCost> report(ComponentQuery nodes, TimeRange range, ZoneId zone) {
        return report(Actor.LIBRARY, nodes, range, zone);
    }

    /**
     * As {@link #report(ComponentQuery, TimeRange, ZoneId)}, recorded in the audit log as exported by
     * {@code actor} (the filter, never the figures) once it is made.
     */
    public List<NodeCost> report(Actor actor, ComponentQuery nodes, TimeRange range, ZoneId zone) {
        requireNonNull(actor, "actor is null");
        requireNonNull(nodes, "nodes is null");
        if (range == null) {
            throw new DomainException.InvalidInput("range", null, "a report covers a range: give from and to");
        }
        if (zone == null) {
            throw new DomainException.InvalidInput("zone", null, "a report buckets days in a zone such as Europe/Berlin");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BillingTerms terms = billing.terms();
        Map<TaskId, Optional<TaskOperations>> measured = new HashMap<>();
        Map<TaskId, List<NodeCostTally>> talliesByTask = new HashMap<>();
        List<NodeCostTally> tallies = new ArrayList<>();
        for (Component node : nodes(nodes)) {
            NodeCostTally tally = new NodeCostTally(node, range, zone, terms, now);
            tallies.add(tally);
            for (TaskId id : tasksOf(node)) {
                measured.computeIfAbsent(id, this::measure).ifPresent(tally::addTask);
                talliesByTask.computeIfAbsent(id, any -> new ArrayList<>()).add(tally);
            }
        }
        if (!talliesByTask.isEmpty()) {
            // One pass over the entries, by start, each handed to the nodes its task counts in.
            try (Stream<TimeEntry> matching = entries.matching(new TimeEntryFilter(range, null, null, null, talliesByTask.keySet()))) {
                matching.forEach(entry -> talliesByTask.getOrDefault(entry.details().taskId(), List.of()).forEach(tally -> tally.addEntry(entry)));
            }
        }
        List<NodeCost> rows = tallies.stream().map(NodeCostTally::finish).toList();
        audit.record(actor, AuditAction.DATA_EXPORTED, "operations cost report",
                "from=%s to=%s tz=%s components=%s".formatted(range.from(), range.to(), zone.getId(), nodes));
        return rows;
    }

    private List<Component> nodes(ComponentQuery query) {
        Page<Component> page = components.query(query, new PageRequest(MAX_NODES, null, true));
        if (page.next() != null) {
            throw new DomainException.InvalidInput("components", page.total(),
                    "the query matches %d components, more than the %d one report covers: narrow it".formatted(page.total(), MAX_NODES));
        }
        return page.items().stream().sorted(Comparator.comparing(Component::path, NodeCost.PATH_ORDER)).toList();
    }

    /** The distinct tasks linked to the node or anything below it. */
    private List<TaskId> tasksOf(Component node) {
        List<TaskId> linked = linkedWork.tasksOn(new ComponentQuery.Under(node.path()), true, BillingReports.MAX_COMPONENT_TASKS + 1);
        if (linked.size() > BillingReports.MAX_COMPONENT_TASKS) {
            throw new DomainException.InvalidInput("components", node.path(),
                    "has more than %d tasks linked to it or below it: report on the components below it".formatted(BillingReports.MAX_COMPONENT_TASKS));
        }
        return linked;
    }

    /** A task deleted since it was listed has no counts or times; its entries still count, as in a report. */
    private Optional<TaskOperations> measure(TaskId id) {
        return tasks.find(id).map(task -> TaskOperations.of(task, acknowledgedAt(task), alerts.incidentsOf(id)));
    }

    private Instant acknowledgedAt(Task task) {
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<TaskEvent> events = tasks.history(task.id(), page);
            Optional<TaskEvent> acknowledgement = events.items().stream().filter(TaskOperations::isAcknowledgement).findFirst();
            if (acknowledgement.isPresent()) {
                return acknowledgement.get().at();
            }
            if (events.next() == null) {
                return null;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, events.next(), false);
        }
    }
}
