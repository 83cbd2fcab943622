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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
     * The entries the request covers, priced as the report prices them, by start, with their task's
     * title and alert; for exports, which write each as it comes. Entries are read from the store as
     * the stream is consumed: close it, as with try-with-resources.
     *
     * @param finishedOnly whether to leave running timers out before pricing (exports list finished work;
     *                     a day's rounding then falls on the finished entries of that day only)
     */
    public Stream<ReportedEntry> entries(ReportRequest request, boolean finishedOnly) {
        TimeEntryFilter filter = filterOf(request);
        Predicate<TimeEntry> kept = entry -> !finishedOnly || !entry.details().isRunning();
        // Tasks are read before the entries' cursor opens: reading them meanwhile would need a second connection per export.
        Map<TaskId, ReportedTask> seen = new HashMap<>();
        try (Stream<TimeEntry> first = entries.matching(filter)) {
            first.filter(kept).map(entry -> entry.details().taskId()).distinct().toList().forEach(id -> seen.put(id, reportedTask(id)));
        }
        Deque<ReportedEntry> ready = new ArrayDeque<>();
        EntryPricing pricing = new EntryPricing(request.range(), request.zone(), terms(request), now(), priced -> {
            ReportedTask task = seen.computeIfAbsent(priced.entry().details().taskId(), this::reportedTask);
            ready.add(new ReportedEntry(priced, task.title(), task.alert()));
        });
        Stream<TimeEntry> source = entries.matching(filter);
        Iterator<TimeEntry> matches = source.filter(kept).iterator();
        Iterator<ReportedEntry> priced = new Iterator<>() {
            private boolean finished;

            @Override
            public boolean hasNext() {
                // Pricing holds an entry until its day is complete: feed it until one comes out or the store runs dry.
                while (ready.isEmpty() && !finished) {
                    if (matches.hasNext()) {
                        pricing.add(matches.next());
                    } else {
                        pricing.finish();
                        finished = true;
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public ReportedEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more entries in this report");
                }
                return ready.removeFirst();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(priced, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(source::close);
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
        try (Stream<TimeEntry> matching = entries.matching(filterOf(request))) {
            matching.forEach(sink);
        }
    }

    private TimeEntryFilter filterOf(ReportRequest request) {
        return new TimeEntryFilter(request.range(), request.client(), request.project(), request.user(), tasksOf(request));
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
