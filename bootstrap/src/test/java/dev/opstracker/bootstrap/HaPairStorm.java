package dev.opstracker.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An Alertmanager HA pair's way of sending: every node gets the same deliveries in the same order
 * at the same time (two senders per node, each with its own sequence). A delivery answered 503 is
 * sent again after a pause, as Alertmanager retries a 5xx. Records what each node answered for
 * each alert, so a test can tell whether the nodes agreed on one incident and one task per key.
 */
final class HaPairStorm {

    private static final int SENDERS = 2;
    private static final int DELIVERIES = 60;
    private static final int MOST_ATTEMPTS = 30;

    private final StormRequests requests;
    private final long seed;
    private final Map<String, Set<Long>> tasksByKey = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> incidentsByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> newAnswersByKey = new ConcurrentHashMap<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger alerts = new AtomicInteger();

    HaPairStorm(StormRequests requests, long seed) {
        this.requests = requests;
        this.seed = seed;
    }

    /** Sends the storm to every node at once; returns once every delivery is answered. */
    HaPairStorm send(List<ApiClient> nodes) throws Exception {
        List<Callable<Void>> senders = new ArrayList<>();
        for (int node = 0; node < nodes.size(); node++) {
            ApiClient api = nodes.get(node);
            boolean counting = node == 0;
            for (int sender = 0; sender < SENDERS; sender++) {
                String name = "s" + sender;
                senders.add(() -> {
                    sequence(api, name, counting);
                    return null;
                });
            }
        }
        Concurrently.all(senders);
        return this;
    }

    private void sequence(ApiClient api, String sender, boolean counting) {
        for (int n = 0; n < DELIVERIES; n++) {
            // The same random numbers on every node: the same delivery.
            StormRequests.Delivery delivery = requests.alerts(sender, n, new Random(seed + 1_000L * sender.hashCode() + n));
            if (counting) {
                alerts.addAndGet(delivery.dedupKeys().size());
            }
            ApiClient.Reply reply = retryingOn503(() -> api.post(delivery.path(), delivery.body()), retries);
            if (reply.status() != 200) {
                refused.add("%d %s".formatted(reply.status(), reply.response().body()));
                continue;
            }
            acknowledged.incrementAndGet();
            for (JsonNode alert : reply.json().get("alerts")) {
                String key = alert.get("dedupKey").asText();
                tasksByKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet()).add(alert.get("taskId").asLong());
                incidentsByKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet()).add(alert.get("incidentId").asLong());
                AtomicInteger newAnswers = newAnswersByKey.computeIfAbsent(key, ignored -> new AtomicInteger());
                if (!alert.get("duplicate").asBoolean()) {
                    newAnswers.incrementAndGet();
                }
            }
        }
    }

    /** Sends again after a short pause while the answer is 503 (overloaded, or a race lost every retry). */
    static ApiClient.Reply retryingOn503(Supplier<ApiClient.Reply> call, AtomicInteger retries) {
        for (int attempt = 1; ; attempt++) {
            ApiClient.Reply reply = call.get();
            if (reply.status() != 503 || attempt == MOST_ATTEMPTS) {
                return reply;
            }
            retries.incrementAndGet();
            ServerProcess.sleep(Duration.ofMillis(50L * attempt));
        }
    }

    int deliveriesPerNode() {
        return SENDERS * DELIVERIES;
    }

    int alertsPerNode() {
        return alerts.get();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    int retries() {
        return retries.get();
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    int keys() {
        return tasksByKey.size();
    }

    /** Distinct tasks the alerts went to (storms share one). */
    long tasks() {
        return tasksByKey.values().stream().flatMap(Set::stream).distinct().count();
    }

    /** Dedup keys answered with more than one task or incident across the nodes. */
    List<String> disagreements() {
        return tasksByKey.keySet().stream().filter(key -> tasksByKey.get(key).size() != 1 || incidentsByKey.get(key).size() != 1)
                .map(key -> "%s: tasks %s, incidents %s".formatted(key, tasksByKey.get(key), incidentsByKey.get(key))).toList();
    }

    /** Dedup keys that exactly one answer reported as new. */
    long firstAnswers() {
        return newAnswersByKey.values().stream().filter(count -> count.get() == 1).count();
    }
}
