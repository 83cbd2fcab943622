package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.BillingTerms;
import dev.opstracker.domain.time.EntryPricing;
import dev.opstracker.domain.time.ReportLine;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryStore;
import dev.opstracker.domain.time.TimeReport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Time reports and exports: the entries a request covers, streamed from the store by start, priced
 * by the stored clients, projects and rates (or one rounding rule the request imposes), and
 * bucketed by day, week or month in the request's zone. Nothing is held but a day of entries.
 */
public final class BillingReports {

    /** The most tasks a component filter may select; past it the report asks for a narrower filter. */
    public static final int MAX_COMPONENT_TASKS = 100_000;

    private final TimeEntryStore entries;
    private final BillingStore billing;
    private final LinkedWork linkedWork;
    private final TaskStore tasks;
    private final AlertStore alerts;
    private final InstantSource clock;

    @Inject
    public BillingReports(TimeEntryStore entries, BillingStore billing, LinkedWork linkedWork, TaskStore tasks, AlertStore alerts, InstantSource clock) {
        this.entries = requireNonNull(entries, "entries is null");
        this.billing = requireNonNull(billing, "billing is null");
        this.linkedWork = requireNonNull(linkedWork, "linkedWork is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The report's lines: one per bucket holding time, in order, then the total (its bucket null). */
    public List<ReportLine> report(ReportRequest request) {
        TimeReport.Report report = new TimeReport.Report(request.range(), request.period(), request.zone(), terms(request), now());
        forEachEntry(request, report::add);
        return report.lines();
    }

    /**
     * Hands each entry the request covers to {@code sink}, priced as the report prices it, by start,
     * with its task's title and alert; for exports, which write each as it comes.
     */
    public void entries(ReportRequest request, Consumer<ReportedEntry> sink) {
        requireNonNull(sink, "sink is null");
        Map<TaskId, ReportedTask> seen = new HashMap<>();
        EntryPricing pricing = new EntryPricing(request.range(), request.zone(), terms(request), now(), priced -> {
            ReportedTask task = seen.computeIfAbsent(priced.entry().details().taskId(), this::reportedTask);
            sink.accept(new ReportedEntry(priced, task.title(), task.alert()));
        });
        forEachEntry(request, pricing::add);
        pricing.finish();
    }

    private record ReportedTask(String title, String alert) {
    }

    private ReportedTask reportedTask(TaskId id) {
        // A deleted task keeps its time: the entry still shows, without a title.
        String title = tasks.find(id).map(Task::details).map(details -> details.title()).orElse("");
        List<Incident> incidents = alerts.incidentsOf(id);
        String alert = incidents.isEmpty() ? null : incidents.getFirst().source().wireName() + ":" + incidents.getFirst().dedupKey();
        return new ReportedTask(title, alert);
    }

    private void forEachEntry(ReportRequest request, Consumer<TimeEntry> sink) {
        TimeEntryFilter filter = new TimeEntryFilter(request.range(), request.client(), request.project(), request.user(), tasksOf(request));
        try (Stream<TimeEntry> matching = entries.matching(filter)) {
            matching.forEach(sink);
        }
    }

    /** The tasks a request limits itself to, or null for any. */
    private Set<TaskId> tasksOf(ReportRequest request) {
        if (request.components() == null) {
            return request.task() == null ? null : Set.of(request.task());
        }
        List<TaskId> linked = linkedWork.tasksOn(request.components(), request.subtree(), MAX_COMPONENT_TASKS + 1);
        if (linked.size() > MAX_COMPONENT_TASKS) {
            throw new DomainException.InvalidInput("components", "(a filter matching over %d tasks)".formatted(MAX_COMPONENT_TASKS),
                    "selects more than %d tasks: narrow the filter or report by client".formatted(MAX_COMPONENT_TASKS));
        }
        Set<TaskId> selected = new HashSet<>(linked);
        if (request.task() != null) {
            selected.retainAll(Set.of(request.task()));
        }
        return selected;
    }

    private BillingTerms terms(ReportRequest request) {
        BillingTerms terms = billing.terms();
        return request.rounding() == null ? terms : terms.roundingAll(request.rounding());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
