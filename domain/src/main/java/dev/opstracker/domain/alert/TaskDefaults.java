package dev.opstracker.domain.alert;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskDetails;

/**
 * What a task an alert opens gets beyond what the alert says: who it is for, and the codes its time
 * is billed to. Checked here, so that a bad rule is refused when it is written, not when an alert arrives.
 */
public record TaskDefaults(String assignee, BillingCode client, BillingCode project) {

    public static final TaskDefaults NONE = new TaskDefaults(null, null, null);

    public TaskDefaults {
        if (assignee != null) {
            Text.requireWellFormed("assignee", assignee);
            assignee = assignee.isBlank() ? null : assignee.strip();
            if (assignee != null && assignee.length() > TaskDetails.MAX_PERSON_LENGTH) {
                throw new DomainException.InvalidInput("assignee", assignee, "at most %d characters".formatted(TaskDetails.MAX_PERSON_LENGTH));
            }
        }
    }
}
