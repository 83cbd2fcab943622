package dev.opstracker.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A person editing one task as the API asks: read it, then PATCH with If-Match of the version read;
 * on 412 (someone else's edit came first) read again and retry, until {@code writes} edits went
 * through. Each success writes the editor's own count into an attribute named after the editor.
 */
final class TaskEditor implements Callable<TaskEditor.Result> {

    static final int WRITES = 8;

    private final ApiClient api;
    private final long taskId;
    private final String name;
    private final int writes;

    /** The versions this editor's successful edits created, and how many of its edits were refused as stale. */
    record Result(List<Long> versions, int refused) {
    }

    TaskEditor(ApiClient api, long taskId, String name, int writes) {
        this.api = api;
        this.taskId = taskId;
        this.name = name;
        this.writes = writes;
    }

    @Override
    public Result call() {
        List<Long> versions = new ArrayList<>();
        int refused = 0;
        String path = "/api/v1/tasks/" + taskId;
        while (versions.size() < writes) {
            long version = api.get(path).json().get("version").asLong();
            ApiClient.Reply reply = api.patch(path, "{\"attributes\":{\"%s\":\"%d\"}}".formatted(name, versions.size() + 1), "\"%d\"".formatted(version));
            switch (reply.status()) {
                case 200 -> versions.add(reply.json().get("version").asLong());
                case 412 -> refused++;
                default -> throw new AssertionError("%s's edit of version %d answered %d %s".formatted(name, version, reply.status(), reply.response().body()));
            }
        }
        return new Result(versions, refused);
    }
}
