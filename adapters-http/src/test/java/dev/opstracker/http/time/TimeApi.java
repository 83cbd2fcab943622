package dev.opstracker.http.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiCall;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;

/**
 * A running API with one task (billed to ACME / acme-k8s) and tokens named after the people who
 * record time: marcus and dana may write time, auditor may only read it, root is an admin.
 */
final class TimeApi implements AutoCloseable {

    static final String ENTRIES = "/api/v1/time/entries";

    final RunningApi api = RunningApi.start();
    final Task task = api.tasks().create(TaskFixtures.fullyDescribed());
    final String marcus = api.issueNamed("marcus", Scope.TIME_WRITE);
    final String dana = api.issueNamed("dana", Scope.TIME_WRITE);
    final String auditor = api.issueNamed("auditor", Scope.TIME_READ);
    final String root = api.issueNamed("root", Scope.ADMIN);

    ApiCall call(String token, String method, String path) {
        return api.call(method, path).bearer(token);
    }

    ApiReply post(String token, String path, String json) {
        return call(token, "POST", path).json(json).send();
    }

    ApiReply get(String token, String path) {
        return call(token, "GET", path).send();
    }

    ApiReply start(String token, String json) {
        return post(token, "/api/v1/time/start", json);
    }

    /** Starts a timer on the task in UTC, asserting it started. */
    ApiReply startOnTask(String token) {
        ApiReply reply = start(token, "{\"taskId\": %d}".formatted(task.id().value()));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply;
    }

    /** Adds an entry on the task from {@code start} to {@code end}, asserting it was added; returns its id. */
    long addEntry(String token, String start, String end) {
        ApiReply reply = post(token, ENTRIES, "{\"taskId\": %d, \"start\": \"%s\", \"end\": \"%s\", \"zone\": \"Europe/Berlin\"}"
                .formatted(task.id().value(), start, end));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Override
    public void close() {
        api.close();
    }
}
