package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.time.PricedEntry;

/**
 * An entry of a report as exports show it: priced, with its task's title and, where an alert
 * opened the task, that alert ({@code source:dedupKey}), so every exported row traces back.
 */
public record ReportedEntry(PricedEntry priced, String taskTitle, String alert) {

    public ReportedEntry {
        requireNonNull(priced, "priced is null");
        taskTitle = taskTitle == null ? "" : taskTitle;
    }
}
