package dev.opstracker.application.infra;

import dev.opstracker.domain.infra.TaskLink;

/** What linking a task to a component did: linking is idempotent, so a repeat is not an error. */
public sealed interface LinkOutcome {

    TaskLink link();

    /** The link is new. */
    record Linked(TaskLink link) implements LinkOutcome {
    }

    /** The task was linked to the component in that role already; {@code link} is the existing one. */
    record AlreadyLinked(TaskLink link) implements LinkOutcome {
    }
}
