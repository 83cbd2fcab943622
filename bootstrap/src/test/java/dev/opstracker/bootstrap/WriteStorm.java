package dev.opstracker.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Several senders writing at once (two alert senders, one person adding entries by hand, one
 * starting and stopping timers for three people, one recording command runs) until the storm has
 * {@code faultAfter} acknowledgements: then the fault strikes (the server is faulted, or its database
 * cut off) while the others are mid-request, and every sender stops at its next answer or failure.
 * Every request that got a 2xx is recorded with what it created, so that a test can look for it
 * later; what the others got after the fault is counted by status.
 */
final class WriteStorm {

    static final List<String> TIMER_USERS = List.of("crash-timer-a", "crash-timer-b", "crash-timer-c");
    static final String ENTRY_USER = "crash-entries";

    private final ApiClient api;
    private final StormRequests requests;
    private final long taskId;
    private final long seed;
    private final int faultAfter;
    private final Runnable fault;
    /** Set before the fault: from then on a failed request is the fault's doing. */
    private final AtomicBoolean faulting = new AtomicBoolean();
    /** Set once the fault has struck: the senders stop. */
    private final AtomicBoolean faulted = new AtomicBoolean();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private Duration lasted = Duration.ZERO;
    /** The statuses of requests that were not acknowledged, by status. */
    final Map<Integer, Integer> refusals = new ConcurrentHashMap<>();
    final Queue<AckedDelivery> deliveries = new ConcurrentLinkedQueue<>();
    final Queue<AckedEntry> entries = new ConcurrentLinkedQueue<>();
    final Queue<AckedEntry> timerStarts = new ConcurrentLinkedQueue<>();
    final Queue<Long> timerStops = new ConcurrentLinkedQueue<>();
    final Queue<AckedRun> runs = new ConcurrentLinkedQueue<>();

    /** An acknowledged alert delivery, as it was sent, and what the server said each alert did. */
    record AckedDelivery(StormRequests.Delivery request, List<AckedAlert> alerts) {
    }

    record AckedAlert(String dedupKey, String outcome, long taskId, long incidentId) {
    }

    /** An acknowledged entry (added by hand, or started as a timer), by its id and note (null for a timer). */
    record AckedEntry(long id, String user, String note) {
    }

    record AckedRun(long id, String stdout) {
    }

    WriteStorm(ApiClient api, StormRequests requests, long taskId, long seed, int faultAfter, Runnable fault) {
        this.api = api;
        this.requests = requests;
        this.taskId = taskId;
        this.seed = seed;
        this.faultAfter = faultAfter;
        this.fault = fault;
    }

    StormRequests requests() {
        return requests;
    }

    /** The task that timers, entries and command runs are recorded on. */
    long taskId() {
        return taskId;
    }

    int sent() {
        return sent.get();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** From the first request until every sender had seen the fault. */
    Duration lasted() {
        return lasted;
    }

    /** Requests that got no answer: the server went away while they were under way. */
    int unanswered() {
        return unanswered.get();
    }

    /** Runs the senders until the fault, and waits for each to see it. */
    void run() throws Exception {
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> running = new ArrayList<>();
            running.add(senders.submit(() -> alerts("a")));
            running.add(senders.submit(() -> alerts("b")));
            running.add(senders.submit(this::entriesByHand));
            running.add(senders.submit(this::timers));
            running.add(senders.submit(this::commands));
            for (Future<?> sender : running) {
                sender.get(2, TimeUnit.MINUTES);
            }
        } finally {
            senders.shutdownNow();
            lasted = Duration.ofNanos(System.nanoTime() - start);
        }
        if (!faulted.get()) {
            throw new AssertionError("the storm ended before its fault, after %d acknowledgements".formatted(acknowledged.get()));
        }
    }

    private void alerts(String sender) {
        Random random = new Random(seed + sender.hashCode());
        for (int n = 0; !faulted.get(); n++) {
            StormRequests.Delivery delivery = requests.alerts(sender, n, random);
            JsonNode answer = send(() -> api.post(delivery.path(), delivery.body()));
            if (answer != null) {
                List<AckedAlert> alerts = new ArrayList<>();
                answer.get("alerts").forEach(alert -> alerts.add(new AckedAlert(alert.get("dedupKey").asText(), alert.get("outcome").asText(),
                        alert.get("taskId").asLong(), alert.get("incidentId").asLong())));
                deliveries.add(new AckedDelivery(delivery, alerts));
                acknowledge();
            }
        }
    }

    private void entriesByHand() {
        for (int n = 0; !faulted.get(); n++) {
            String note = requests.entryNote(ENTRY_USER, n);
            String body = requests.entry(taskId, ENTRY_USER, n);
            JsonNode answer = send(() -> api.post("/api/v1/time/entries", body));
            if (answer != null) {
                entries.add(new AckedEntry(answer.get("id").asLong(), ENTRY_USER, note));
                acknowledge();
            }
        }
    }

    private void timers() {
        for (int n = 0; !faulted.get(); n++) {
            String user = TIMER_USERS.get(n % TIMER_USERS.size());
            JsonNode started = send(() -> api.post("/api/v1/time/start", requests.startTimer(taskId, user)));
            if (started != null) {
                timerStarts.add(new AckedEntry(started.get("id").asLong(), user, null));
                acknowledge();
            }
            if (n % 2 == 1 && !faulted.get()) {
                JsonNode stopped = send(() -> api.post("/api/v1/time/stop", requests.stopTimer(user)));
                if (stopped != null) {
                    timerStops.add(stopped.get("id").asLong());
                    acknowledge();
                }
            }
        }
    }

    private void commands() {
        for (int n = 0; !faulted.get(); n++) {
            String stdout = requests.commandOutput(n);
            String body = requests.command(n);
            JsonNode answer = send(() -> api.post("/api/v1/tasks/%d/commands".formatted(taskId), body));
            if (answer != null) {
                runs.add(new AckedRun(answer.get("id").asLong(), stdout));
                acknowledge();
            }
        }
    }

    /** The answer's JSON when it was a 2xx; null when it was refused, or the server went away mid-request. */
    private JsonNode send(Supplier<ApiClient.Reply> request) {
        sent.incrementAndGet();
        try {
            ApiClient.Reply reply = request.get();
            if (reply.status() / 100 == 2) {
                return reply.json();
            }
            refusals.merge(reply.status(), 1, Integer::sum);
            if (!faulting.get()) {
                throw new AssertionError("refused before the fault: %d %s".formatted(reply.status(), reply.response().body()));
            }
            return null;
        } catch (UncheckedIOException goneAway) {
            if (!faulting.get()) {
                throw goneAway;
            }
            unanswered.incrementAndGet();
            return null;
        }
    }

    private void acknowledge() {
        if (acknowledged.incrementAndGet() == faultAfter) {
            faulting.set(true);
            fault.run();
            faulted.set(true);
        }
    }
}
