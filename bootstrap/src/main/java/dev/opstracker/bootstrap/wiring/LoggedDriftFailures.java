package dev.opstracker.bootstrap.wiring;

import dev.opstracker.application.runbook.DriftWatch;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drift proposal that failed, logged as a warning naming the runbook, the task and the kind of failure: never the
 * failure's message (a database error may quote a summary, which holds commands), except that of a missing record,
 * which names only it.
 */
final class LoggedDriftFailures implements DriftWatch.Failures {

    private static final Logger LOG = LoggerFactory.getLogger(DriftWatch.class);

    @Override
    public void proposalFailed(RunbookSlug slug, TaskId taskId, RuntimeException failure) {
        String what = failure instanceof DomainException.NotFound notFound ? notFound.getMessage() : failure.getClass().getName();
        if (slug == null) {
            LOG.warn("Could not read the runbooks of task {} to propose their drift ({}); the task closed all the same", taskId, what);
        } else {
            LOG.warn("Could not propose the drift of task {} from runbook {} ({}); the task closed all the same", taskId, slug, what);
        }
    }
}
