package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, database outage: the server reaches MariaDB through a proxy the test cuts mid-storm
 * (every connection closed, new ones refused) and later restores. While it is cut, every API request
 * fails fast with 503 problem+json and Retry-After, none with a 500, and {@code /health} answers 503
 * DOWN; once it is back the same process serves again by itself (the pool drops the dead connections
 * and opens new ones), and what was acknowledged before the cut is all there, once, with nothing
 * half-written by the writes the cut interrupted.
 */
@EnabledIfEnvironmentVariable(named = "OPSTRACKER_TEST_MARIADB_URL", matches = ".*\\S.*")
class DatabaseOutageIT {

    private static final long SEED = Long.getLong("opstracker.crash.seed", 20_261_207L);
    /** The pool's connection timeout is 2 s by default; a refusal may take that long, and a little more on a busy machine. */
    private static final Duration FAIL_FAST = Duration.ofMillis(3_500);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final int ROUNDS = 3;
    private static final int CROWD = 16;

    @TempDir
    Path dataDirectory;

    /** One request's answer while the database was away, and how long it took. */
    record Answer(String request, int status, String contentType, String retryAfter, long millis, String body) {
    }

    @Test
    void whileMariaDbIsCutOffRequestsFailFastWith503AndTheServerRecoversByItselfWhenItReturns() throws Exception {
        try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(System.getenv("OPSTRACKER_TEST_MARIADB_URL"));
                TcpProxy proxy = TcpProxy.forJdbcUrl(scratch.url());
                // The check reads every acknowledged write back as fast as it can with one token: an outage test, not a rate limit test.
                ServerProcess server = ServerProcess.start(ServerProcess.Options.embedded("outage", dataDirectory)
                        .withDatabase(proxy.through(scratch.url()))
                        .withEnvironment(AccessLimitVariables.RATE, "100000").withEnvironment(AccessLimitVariables.BURST, "100000"))) {
            ApiClient api = server.admin();
            long taskId = api.post("/api/v1/tasks", "{\"title\":\"Database outage: timers, entries and commands\"}").json().get("id").asLong();
            int cutAfter = 80 + new Random(SEED).nextInt(80);
            WriteStorm storm = new WriteStorm(api, new StormRequests("o" + SEED), taskId, SEED, cutAfter, proxy::cut);
            storm.run();

            List<Answer> answers = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                answers.addAll(probe(server, taskId, round));
            }
            answers.addAll(crowd(server));

            long restored = System.nanoTime();
            proxy.restore();
            long healthyAfterMillis = awaitHealthy(server, restored);
            List<Integer> afterwards = List.of(
                    api.get("/api/v1/tasks?limit=5").status(),
                    api.post("/api/v1/tasks", "{\"title\":\"after the outage\"}").status(),
                    api.post(StormRequests.GENERIC_PATH, "{\"title\":\"after the outage\",\"dedup_key\":\"outage-after\"}").status());
            AcknowledgedWrites writes = new AcknowledgedWrites(api, storm).check();
            Map<String, Long> duplicates = StoreInvariants.duplicates(scratch.url());
            Map<String, Long> halfWritten = StoreInvariants.halfWritten(scratch.url());

            long slowest = answers.stream().mapToLong(Answer::millis).max().orElseThrow();
            long serverErrors = answers.stream().filter(answer -> answer.status() == 500).count()
                    + storm.refusals.getOrDefault(500, 0);
            FaultFigures.report(("database outage on MariaDB: cut after %d acknowledgements; sent %d, acknowledged %d, answered after the cut %s, "
                    + "found after the database returned %d, duplicates %d, half-written %d; while cut %d requests answered %s, slowest %d ms, "
                    + "500s %d; healthy again %d ms after the database returned, without a restart")
                    .formatted(cutAfter, storm.sent(), storm.acknowledged(), storm.refusals, writes.found(), StoreInvariants.total(duplicates),
                            StoreInvariants.total(halfWritten), answers.size(), statuses(answers), slowest, serverErrors, healthyAfterMillis));

            assertThat(storm.refusals.keySet()).as("statuses of the storm's requests the cut interrupted").allMatch(status -> status == 503);
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).as("%s answered %s", answer.request(), answer.body()).isEqualTo(503);
                assertThat(answer.millis()).as("%s answered within %s", answer.request(), FAIL_FAST).isLessThan(FAIL_FAST.toMillis());
                if (answer.request().equals("GET /health")) {
                    assertThat(answer.body()).contains("\"status\":\"DOWN\"");
                } else {
                    assertThat(answer.contentType()).as(answer.request()).startsWith("application/problem+json");
                    assertThat(answer.retryAfter()).as("Retry-After of " + answer.request()).matches("\\d+");
                }
            });
            assertThat(afterwards).as("list, create, alert once the database is back").containsExactly(200, 201, 200);
            assertThat(writes.problems()).as("acknowledged writes missing or wrong after the outage").isEmpty();
            assertThat(writes.found()).isEqualTo(storm.acknowledged());
            assertThat(duplicates).allSatisfy((rule, count) -> assertThat(count).as(rule).isZero());
            assertThat(halfWritten).allSatisfy((rule, count) -> assertThat(count).as(rule).isZero());
            assertThat(server.log()).as("no request failed as a bug").doesNotContain("Unexpected failure answering");
        }
    }

    /** One of each kind of request at once: reads, writes, an alert delivery, and the health check without a token. */
    private static List<Answer> probe(ServerProcess server, long taskId, int round) throws Exception {
        ApiClient api = server.admin();
        String entry = new StormRequests("probe").entry(taskId, "outage-user", round);
        return Concurrently.all(List.of(
                () -> timed("GET /health", () -> server.anonymous().get("/health")),
                () -> timed("GET /api/v1/tasks", () -> api.get("/api/v1/tasks?limit=10")),
                () -> timed("POST /api/v1/tasks", () -> api.post("/api/v1/tasks", "{\"title\":\"during the outage\"}")),
                () -> timed("POST /api/v1/alerts/generic", () -> api.post(StormRequests.GENERIC_PATH,
                        "{\"title\":\"during the outage\",\"dedup_key\":\"outage-%d\"}".formatted(round))),
                () -> timed("POST /api/v1/time/entries", () -> api.post("/api/v1/time/entries", entry)),
                () -> timed("GET /api/v1/time/current", () -> api.get("/api/v1/time/current?user=outage-user"))));
    }

    /** More requests at once than the pool has connections: each still fails fast, none waits for another's timeout. */
    private static List<Answer> crowd(ServerProcess server) throws Exception {
        ApiClient api = server.admin();
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int caller = 0; caller < CROWD; caller++) {
            calls.add(() -> timed("GET /api/v1/tasks (crowd)", () -> api.get("/api/v1/tasks?limit=10")));
        }
        return Concurrently.all(calls);
    }

    private static Answer timed(String request, Supplier<ApiClient.Reply> call) {
        long start = System.nanoTime();
        ApiClient.Reply reply = call.get();
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new Answer(request, reply.status(), reply.header("Content-Type"), reply.header("Retry-After"), millis, reply.response().body());
    }

    private static long awaitHealthy(ServerProcess server, long since) {
        long deadline = since + RECOVERY.toNanos();
        while (System.nanoTime() < deadline) {
            if (server.anonymous().get("/health").status() == 200) {
                return Duration.ofNanos(System.nanoTime() - since).toMillis();
            }
            ServerProcess.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("not healthy %s after the database returned:%n%s".formatted(RECOVERY, server.log()));
    }

    private static Map<Integer, Long> statuses(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }
}
