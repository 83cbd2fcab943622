package dev.opstracker.http.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written description of every route, in the order {@code ApiServer} declares them. A route added to the
 * server without a line here (or a line left after its route went) fails {@code OpenApiDriftTest}.
 */
public final class RouteCatalog {

    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String CSV = "text/csv";
    static final String TEXT = "text/plain";
    static final String MULTIPART = "multipart/form-data";
    static final String METRICS = "text/plain; version=0.0.4";

    private final List<RouteDoc> routes = new ArrayList<>();

    private RouteCatalog() {
    }

    /** Every route of the API, with {@code /health}, {@code /metrics} and {@code /openapi.json}. */
    public static List<RouteDoc> all() {
        RouteCatalog catalog = new RouteCatalog();
        catalog.service();
        catalog.tasks();
        catalog.infrastructure();
        catalog.alerts();
        catalog.commands();
        catalog.time();
        catalog.runbooks();
        catalog.billingAndAdministration();
        return List.copyOf(catalog.routes);
    }

    private void service() {
        get("/health", "Whether the server and its database answer; needs no token");
        route("GET", "/metrics", "Every meter in the Prometheus text format 0.0.4", 200, METRICS);
        get("/openapi.json", "This document; needs no token");
    }

    private void tasks() {
        route("POST", "/api/v1/tasks", "Create a task", 201, JSON, JSON);
        get("/api/v1/tasks", "List tasks by filter, a page at a time");
        get("/api/v1/tasks/{id}", "Read a task; its version is the ETag");
        route("PATCH", "/api/v1/tasks/{id}", "Edit a task (JSON merge patch; If-Match for optimistic locking)", 200, JSON, MERGE_PATCH, JSON);
        route("DELETE", "/api/v1/tasks/{id}", "Delete a task and its history", 204, null);
        route("POST", "/api/v1/tasks/{id}/status", "Move a task to another status, with a note", 200, JSON, JSON);
        get("/api/v1/tasks/{id}/history", "What happened to a task, oldest first");
        route("POST", "/api/v1/tasks/{id}/components", "Link a task to a component", 201, JSON, JSON);
        get("/api/v1/tasks/{id}/components", "The components a task is linked to");
        route("DELETE", "/api/v1/tasks/{id}/components/{componentId}", "Unlink a component from a task", 204, null);
        route("POST", "/api/v1/tasks/{id}/commands", "Record a command run on a task (JSON, or multipart with output parts)", 201, JSON, JSON,
                MULTIPART);
        get("/api/v1/tasks/{id}/commands", "The command runs recorded on a task");
        get("/api/v1/tasks/{id}/runbooks", "Runbooks suggested for a task");
    }

    private void infrastructure() {
        route("POST", "/api/v1/components", "Register a component", 201, JSON, JSON);
        get("/api/v1/components", "Search components by path, kind and tags");
        get("/api/v1/components/{id}", "Read a component");
        route("PATCH", "/api/v1/components/{id}", "Edit a component (JSON merge patch)", 200, JSON, MERGE_PATCH, JSON);
        route("DELETE", "/api/v1/components/{id}", "Remove a component", 204, null);
        get("/api/v1/components/{id}/tasks", "The tasks linked to a component");
        route("POST", "/api/v1/components:bulk", "Upsert components from an inventory (JSON or CSV), row by row", 200, JSON, JSON, CSV);
        get("/api/v1/components:open-task-counts", "Open tasks per component");
        get("/api/v1/components:most-worked-on", "The components most worked on in a span of time");
        get("/api/v1/component-kinds", "The registered component kinds");
        route("POST", "/api/v1/component-kinds", "Register a component kind", 201, JSON, JSON);
        route("DELETE", "/api/v1/component-kinds/{name}", "Remove an unused component kind", 204, null);
        get("/api/v1/parenting-rules", "Which kinds may parent which");
        route("PUT", "/api/v1/parenting-rules", "Replace the parenting rules", 200, JSON, JSON);
        get("/api/v1/components/{id}/commands", "The command history of a component (or its subtree)");
    }

    private void alerts() {
        route("POST", "/api/v1/alerts/alertmanager", "Prometheus Alertmanager webhook (bearer token or signature)", 200, JSON, JSON);
        route("POST", "/api/v1/alerts/grafana", "Grafana alerting webhook (bearer token or signature)", 200, JSON, JSON);
        route("POST", "/api/v1/alerts/events", "Events API v2 style event (bearer token or signature)", 202, JSON, JSON);
        route("POST", "/api/v1/alerts/generic", "Generic JSON alert, one or an array (bearer token or signature)", 200, JSON, JSON);
        get("/api/v1/alerts/dead-letters", "Deliveries that could not be applied, newest first");
        get("/api/v1/alerts/dead-letters/{id}", "One dead letter with its body");
        route("POST", "/api/v1/alerts/dead-letters/{id}/replay", "Apply a dead letter again once its cause is fixed", 200, JSON);
        get("/api/v1/alerts/rules", "The alert intake rules");
        route("PUT", "/api/v1/alerts/rules", "Replace the alert intake rules", 200, JSON, JSON);
        get("/api/v1/alerts/incidents", "Problems seen (fired, folded or resolved) since ?since=, oldest first, paged");
        get("/api/v1/alerts/pending", "Problems kept until their rule's threshold is reached");
        get("/api/v1/alerts/tasks/{id}/incidents", "The incidents a task tracks");
    }

    private void commands() {
        get("/api/v1/commands", "Search command runs by task, host, text and time");
        get("/api/v1/commands/chain", "Verify the tamper-evident chain of command runs");
        get("/api/v1/commands/{id}", "One command run's metadata");
        route("GET", "/api/v1/commands/{id}/stdout", "A run's standard output, secrets masked (Range supported)", 200, "application/octet-stream");
        route("GET", "/api/v1/commands/{id}/stderr", "A run's standard error, secrets masked (Range supported)", 200, "application/octet-stream");
    }

    private void time() {
        route("POST", "/api/v1/time/start", "Start a timer on a task (stopping the caller's running one)", 201, JSON, JSON);
        route("POST", "/api/v1/time/stop", "Stop the caller's running timer", 200, JSON, JSON);
        get("/api/v1/time/current", "The caller's running timer");
        get("/api/v1/time/suspicious", "Timers running for suspiciously long");
        get("/api/v1/time/entries", "Time entries in a span, by user, task or client");
        route("POST", "/api/v1/time/entries", "Add a finished time entry", 201, JSON, JSON);
        get("/api/v1/time/entries/{id}", "Read a time entry; its version is the ETag");
        route("PATCH", "/api/v1/time/entries/{id}", "Edit a time entry (JSON merge patch; If-Match)", 200, JSON, MERGE_PATCH, JSON);
        route("DELETE", "/api/v1/time/entries/{id}", "Delete a time entry", 204, null);
        route("POST", "/api/v1/time/entries/{id}/split", "Split a time entry in two at an instant", 201, JSON, JSON);
        route("POST", "/api/v1/time/entries/{id}/merge", "Merge a time entry with an adjacent one", 200, JSON, JSON);
        get("/api/v1/time/entries/{id}/overlaps", "Entries of the same user overlapping this one");
        get("/api/v1/time/drafts", "Draft time entries proposed from a day's evidence");
        route("POST", "/api/v1/time/drafts", "Accept draft time entries", 201, JSON, JSON);
        route("GET", "/api/v1/reports/time", "Time report or export (JSON, CSV, vendor formats), priced per client and project", 200, JSON);
        get("/api/v1/reports/operations", "Operations cost per infrastructure node");
    }

    private void runbooks() {
        route("POST", "/api/v1/runbooks", "Generate a runbook from a finished task", 201, JSON, JSON);
        get("/api/v1/runbooks", "List runbooks");
        get("/api/v1/runbooks/{slug}", "Read a runbook's latest version (JSON or Markdown)");
        get("/api/v1/runbooks/{slug}/versions", "A runbook's versions, newest first");
        route("GET", "/api/v1/runbooks/{slug}/diff", "The difference between two versions of a runbook", 200, TEXT);
        route("POST", "/api/v1/runbooks/{slug}/restore", "Restore an old version as the newest", 201, JSON, JSON);
        get("/api/v1/runbooks/{slug}/drift", "How a task's commands drifted from the runbook");
        route("POST", "/api/v1/runbooks/{slug}/drift", "Accept a task's drift as the runbook's new version", 201, JSON, JSON);
        route("POST", "/api/v1/runbooks/{slug}/drift/reject", "Reject a task's proposed drift", 200, JSON, JSON);
        get("/api/v1/runbooks/{slug}/proposals", "Drift proposals of a runbook and their decisions");
    }

    private void billingAndAdministration() {
        route("POST", "/api/v1/clients", "Create a client", 201, JSON, JSON);
        get("/api/v1/clients", "List clients");
        get("/api/v1/clients/{code}", "Read a client");
        route("PUT", "/api/v1/clients/{code}", "Replace a client's billing terms", 200, JSON, JSON);
        route("POST", "/api/v1/clients/{code}/rates", "Add an hourly rate from a date", 201, JSON, JSON);
        get("/api/v1/clients/{code}/rates", "A client's hourly rates");
        route("POST", "/api/v1/projects", "Create a project of a client", 201, JSON, JSON);
        get("/api/v1/projects", "List projects");
        get("/api/v1/projects/{client}/{code}", "Read a project");
        route("POST", "/api/v1/tokens", "Issue an API token; its secret is shown only in this answer", 201, JSON, JSON);
        get("/api/v1/tokens", "List API tokens (never their secrets)");
        get("/api/v1/tokens/{id}", "Read an API token (never its secret)");
        route("DELETE", "/api/v1/tokens/{id}", "Revoke an API token", 204, null);
        get("/api/v1/audit", "The administrative audit log, newest first");
        route("POST", "/api/v1/admin/backup", "Take an encrypted backup of the running server and download it (one at a time)", 200,
                "application/octet-stream", JSON);
    }

    private void get(String path, String summary) {
        route("GET", path, summary, 200, JSON);
    }

    private void route(String method, String path, String summary, int status, String responseType, String... requestTypes) {
        routes.add(new RouteDoc(method, path, summary, status, responseType, List.of(requestTypes)));
    }
}
