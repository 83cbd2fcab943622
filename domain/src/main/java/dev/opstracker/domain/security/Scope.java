package dev.opstracker.domain.security;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A permission carried by an API token. {@link #ADMIN} includes every other scope. */
public enum Scope {
    ADMIN("admin"),
    TASKS_READ("tasks:read"),
    TASKS_WRITE("tasks:write"),
    INFRA_READ("infra:read"),
    INFRA_WRITE("infra:write"),
    /** Sending alerts: what a monitoring source's token holds. It does not include reading them back. */
    ALERTS_WRITE("alerts:write"),
    /** Reading what arrived: dead letters and incidents. */
    ALERTS_READ("alerts:read"),
    /** Reading command runs: their metadata and their outputs with secrets masked. */
    COMMANDS_READ("commands:read"),
    /** Recording command runs (and reading them). The API never executes a command. */
    COMMANDS_WRITE("commands:write"),
    /** Reading command outputs exactly as captured, secrets included (and reading runs). */
    COMMANDS_RAW("commands:raw"),
    /** Reading time entries and running timers: one's own, or everyone's with {@link #ADMIN}. */
    TIME_READ("time:read"),
    /** Recording time (and reading it): starting and stopping timers, adding and editing entries. */
    TIME_WRITE("time:write"),
    /** Reading billing reports: time rounded and priced per client and project. */
    BILLING_READ("billing:read"),
    /** Reading runbooks, their versions and diffs. */
    RUNBOOKS_READ("runbooks:read"),
    /** Generating runbooks from finished tasks and restoring old versions (and reading them). */
    RUNBOOKS_WRITE("runbooks:write"),
    /** Scraping {@code GET /metrics}: counts and timings only, never a task's, alert's or command's content. */
    METRICS_READ("metrics:read");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in tokens, configuration and the API, such as {@code tasks:read}. */
    public String wireName() {
        return wireName;
    }

    /** Whether a token holding this scope may do what {@code required} guards. */
    public boolean grants(Scope required) {
        return this == ADMIN || this == required
                || (this == TASKS_WRITE && required == TASKS_READ)
                || (this == INFRA_WRITE && required == INFRA_READ)
                || ((this == COMMANDS_WRITE || this == COMMANDS_RAW) && required == COMMANDS_READ)
                || (this == TIME_WRITE && required == TIME_READ)
                || (this == RUNBOOKS_WRITE && required == RUNBOOKS_READ);
    }

    public static Scope parse(String text) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(text)) {
                return scope;
            }
        }
        throw new DomainException.InvalidInput("scope", text, "expected one of "
                + Arrays.stream(values()).map(Scope::wireName).collect(Collectors.joining(", ")));
    }
}
