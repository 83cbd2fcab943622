package dev.opstracker.application.testing;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds task details with sensible defaults; tests change only what they are about. */
public final class TaskFixtures {

    private String title = "Rotate TLS certificate on edge-lb-1";
    private String description;
    private Priority priority = Priority.P3;
    private String assignee;
    private String reporter;
    private BillingCode client;
    private BillingCode project;
    private Instant dueAt;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private TaskFixtures() {
    }

    public static TaskFixtures aTask() {
        return new TaskFixtures();
    }

    /** Details with every field filled in. */
    public static TaskDetails fullyDescribed() {
        return aTask().titled("Upgrade prod-eks to 1.31")
                .describedAs("Drain nodes one at a time; watch PDBs.\nÜmlauts and emoji stay intact: ✓")
                .withPriority(Priority.P1)
                .assignedTo("marcus")
                .reportedBy("alertmanager")
                .forClient("ACME")
                .forProject("acme-k8s")
                .dueAt(Instant.parse("2026-12-01T17:30:00.123456Z"))
                .withAttribute("ticket", "OPS-1234")
                .withAttribute("env", "prod")
                .build();
    }

    public TaskFixtures titled(String value) {
        this.title = value;
        return this;
    }

    public TaskFixtures describedAs(String value) {
        this.description = value;
        return this;
    }

    public TaskFixtures withPriority(Priority value) {
        this.priority = value;
        return this;
    }

    public TaskFixtures assignedTo(String value) {
        this.assignee = value;
        return this;
    }

    public TaskFixtures reportedBy(String value) {
        this.reporter = value;
        return this;
    }

    public TaskFixtures forClient(String code) {
        this.client = new BillingCode(code);
        return this;
    }

    public TaskFixtures forProject(String code) {
        this.project = new BillingCode(code);
        return this;
    }

    public TaskFixtures dueAt(Instant value) {
        this.dueAt = value;
        return this;
    }

    public TaskFixtures withAttribute(String key, String value) {
        this.attributes.put(key, value);
        return this;
    }

    public TaskDetails build() {
        return new TaskDetails(title, description, priority, assignee, reporter, client, project, dueAt, attributes);
    }
}
