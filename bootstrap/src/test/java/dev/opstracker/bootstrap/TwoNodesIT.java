package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, many nodes: two server processes, started at the same moment on one empty MariaDB
 * database, each with a data directory of its own, sharing only what the README says nodes share:
 * the database, the master key ({@code OPSTRACKER_MASTER_KEY}) and the admin token
 * ({@code OPSTRACKER_ADMIN_TOKEN}). They get the same alert storm at once, as an Alertmanager HA
 * pair sends it; the same timer calls for the same people; and concurrent edits of one task: one
 * task per dedup key, at most one running timer per person, and no lost update.
 */
@EnabledIfEnvironmentVariable(named = "OPSTRACKER_TEST_MARIADB_URL", matches = ".*\\S.*")
class TwoNodesIT {

    @TempDir
    static Path temporary;
    private static MariaDbScratchDatabase scratch;
    private static ServerProcess first;
    private static ServerProcess second;

    @BeforeAll
    static void startTwoNodesAtOnceOnOneEmptyDatabase() throws Exception {
        scratch = new MariaDbScratchDatabase(System.getenv("OPSTRACKER_TEST_MARIADB_URL"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        CompletableFuture<ServerProcess> starting = CompletableFuture.supplyAsync(() -> ServerProcess.start(node("node-a", key, token)));
        try {
            second = ServerProcess.start(node("node-b", key, token));
        } finally {
            first = starting.get();
        }
    }

    private static ServerProcess.Options node(String name, byte[] masterKey, byte[] adminToken) {
        return ServerProcess.Options.embedded(name, temporary.resolve(name)).withDatabase(scratch.url())
                .withEnvironment("OPSTRACKER_MASTER_KEY", Base64.getEncoder().encodeToString(masterKey))
                .withEnvironment("OPSTRACKER_ADMIN_TOKEN", Base64.getUrlEncoder().withoutPadding().encodeToString(adminToken))
                // Editors and senders share the admin token at full speed: a test of many nodes, not of the rate limit.
                .withEnvironment(AccessLimitVariables.RATE, "100000").withEnvironment(AccessLimitVariables.BURST, "100000");
    }

    @AfterAll
    static void stopBothNodes() throws Exception {
        try (MariaDbScratchDatabase dropped = scratch; ServerProcess a = first; ServerProcess b = second) {
            if (a != null && b != null) {
                assertThat(List.of(a.stop(), b.stop())).as("exit statuses after SIGTERM").containsExactly(143, 143);
            }
        }
    }

    @Test
    void bothNodesCameUpTogetherOnTheEmptyDatabaseAndReportHealthy() {
        assertThat(first.anonymous().get("/health").status()).isEqualTo(200);
        assertThat(second.anonymous().get("/health").status()).isEqualTo(200);
        for (ServerProcess node : List.of(first, second)) {
            String startUp = node.log().substring(0, node.log().indexOf("serving from"));
            assertThat(startUp).as("the start-up of a node that raced the other").doesNotContain("Exception");
        }
    }

    @Test
    void theSameAlertStormSentToBothNodesOpensExactlyOneTaskPerDedupKey() throws Exception {
        HaPairStorm storm = new HaPairStorm(new StormRequests("ha"), 20_261_207L).send(List.of(first.admin(), second.admin()));
        Map<String, Long> duplicates = StoreInvariants.duplicates(scratch.url());
        Map<String, Long> halfWritten = StoreInvariants.halfWritten(scratch.url());

        FaultFigures.report(("two nodes, one alert storm on MariaDB: sent %d deliveries (%d alerts) to each of both nodes, acknowledged %d of %d, retried %d after 503, "
                + "dedup keys %d, tasks %d, keys answered with two tasks or incidents %d, duplicates %d, half-written %d")
                .formatted(storm.deliveriesPerNode(), storm.alertsPerNode(), storm.acknowledged(), 2 * storm.deliveriesPerNode(), storm.retries(),
                        storm.keys(), storm.tasks(),
                        storm.disagreements().size(), StoreInvariants.total(duplicates), StoreInvariants.total(halfWritten)));
        assertThat(storm.refused()).as("deliveries not acknowledged after retries").isEmpty();
        assertThat(storm.disagreements()).as("dedup keys the two nodes answered differently").isEmpty();
        assertThat(storm.firstAnswers()).as("each alert is new to exactly one node; the other's answer is a duplicate").isEqualTo(storm.keys());
        assertThat(duplicates).allSatisfy((rule, count) -> assertThat(count).as(rule).isZero());
        assertThat(halfWritten).allSatisfy((rule, count) -> assertThat(count).as(rule).isZero());
    }

    @Test
    void timerStartsAndStopsOnBothNodesLeaveAtMostOneRunningTimerPerPerson() throws Exception {
        long taskId = first.admin().post("/api/v1/tasks", "{\"title\":\"Two nodes: timers\"}").json().get("id").asLong();
        HaPairTimers timers = new HaPairTimers(scratch.url(), taskId).run(List.of(first.admin(), second.admin()));

        FaultFigures.report(("two nodes, timers on MariaDB: %d people, %d calls to each node, answered %s, checks of running timers %d, "
                + "most running for one person at a check %d, overlapping entries %d")
                .formatted(HaPairTimers.USERS.size(), timers.callsPerNode(), timers.statuses(), timers.checks(), timers.mostRunning(), timers.overlaps()));
        assertThat(timers.statuses().keySet()).as("start 201, stop 200 or 404 when the other node's start or stop came first")
                .isSubsetOf(Set.of(200, 201, 404));
        assertThat(timers.mostRunning()).as("running timers of one person at any check").isLessThanOrEqualTo(1);
        assertThat(timers.overlaps()).as("entries of one person overlapping").isZero();
    }

    @Test
    void concurrentEditsOfOneTaskThroughBothNodesLoseNoUpdate() throws Exception {
        long taskId = first.admin().post("/api/v1/tasks", "{\"title\":\"Two nodes: edits\"}").json().get("id").asLong();
        List<ApiClient> editors = List.of(first.admin(), second.admin(), first.admin(), second.admin());
        List<Callable<TaskEditor.Result>> work = new ArrayList<>();
        for (int editor = 0; editor < editors.size(); editor++) {
            work.add(new TaskEditor(editors.get(editor), taskId, "editor" + editor, TaskEditor.WRITES));
        }
        List<TaskEditor.Result> results = Concurrently.all(work);
        JsonNode task = second.admin().get("/api/v1/tasks/" + taskId).json();

        List<Long> versions = results.stream().flatMap(result -> result.versions().stream()).sorted().toList();
        int successes = versions.size();
        int refused = results.stream().mapToInt(TaskEditor.Result::refused).sum();
        FaultFigures.report("two nodes, one task edited by %d editors on MariaDB: %d edits succeeded, %d refused as stale (412), final version %d, lost updates %d"
                .formatted(editors.size(), successes, refused, task.get("version").asLong(), lost(task, editors.size())));
        assertThat(new HashSet<>(versions)).as("each version won by exactly one edit").hasSize(successes);
        assertThat(task.get("version").asLong()).as("final version").isEqualTo(successes + 1L);
        assertThat(lost(task, editors.size())).as("edits whose value is missing from the task").isZero();
    }

    /** Each editor counts its own successes in an attribute of its own: a value short of its count is a lost update. */
    private static int lost(JsonNode task, int editors) {
        int lost = 0;
        for (int editor = 0; editor < editors; editor++) {
            lost += TaskEditor.WRITES - task.get("attributes").path("editor" + editor).asInt(0);
        }
        return lost;
    }

    @Test
    void commandRunsRecordedThroughOneNodeAreReadExactlyThroughTheOtherWithOrWithoutAClient() {
        StormRequests requests = new StormRequests("ha");
        for (String task : List.of("{\"title\":\"Two nodes: a command\"}", "{\"title\":\"Two nodes: a client's command\",\"client\":\"ACME\"}")) {
            long taskId = first.admin().post("/api/v1/tasks", task).json().get("id").asLong();
            ApiClient.Reply recorded = first.admin().post("/api/v1/tasks/%d/commands".formatted(taskId), requests.command(1));
            assertThat(recorded.status()).as("recording on %s: %s", task, recorded.response().body()).isEqualTo(201);

            ApiClient.Reply stdout = second.admin().get("/api/v1/commands/%d/stdout".formatted(recorded.json().get("id").asLong()));

            assertThat(stdout.status()).as(task).isEqualTo(200);
            assertThat(stdout.response().body()).isEqualTo(requests.commandOutput(1));
        }
    }
}
