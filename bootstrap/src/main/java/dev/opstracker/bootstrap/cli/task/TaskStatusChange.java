package dev.opstracker.bootstrap.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.Printer;

/** Moving a task to another status, as {@code task start} and {@code task done} do. */
final class TaskStatusChange {

    private TaskStatusChange() {
    }

    static JsonNode change(Api api, long id, String status, String note) {
        ObjectNode body = Api.object().put("status", status);
        if (note != null) {
            body.put("note", note);
        }
        return api.post("/api/v1/tasks/" + id + "/status", body);
    }

    static void report(Printer printer, String message, JsonNode changed) {
        printer.done(message, TaskColumns.ROW, changed);
    }
}
