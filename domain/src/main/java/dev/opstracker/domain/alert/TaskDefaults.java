package dev.opstracker.domain.alert;

import dev.opstracker.domain.task.BillingCode;

/** What a task an alert opens gets beyond what the alert says: who it is for, and the codes its time is billed to. */
public record TaskDefaults(String assignee, BillingCode client, BillingCode project) {

    public static final TaskDefaults NONE = new TaskDefaults(null, null, null);
}
