package dev.opstracker.bootstrap;

import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.domain.time.TimeEntry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, names the timers left running longer than the configured limit (a session that
 * crashed or was forgotten), so their users can stop them at the right instant. Only timers whose
 * task was closed meanwhile are stopped, at the instant it closed (the stop-on-close rule); none is
 * discarded. The same list is on request at {@code GET /api/v1/time/suspicious}.
 */
final class SuspiciousTimers {

    private static final Logger LOG = LoggerFactory.getLogger(SuspiciousTimers.class);

    private SuspiciousTimers() {
    }

    static List<TimeEntry> report(TimeTracking time) {
        List<TimeEntry> suspicious = time.suspicious();
        for (TimeEntry entry : suspicious) {
            LOG.warn("Time entry {} of user {} on task {} has been running since {}: stop it at the right instant "
                    + "(POST /api/v1/time/stop with an instant, or at the task's last activity)", entry.id(), entry.details().user(),
                    entry.details().taskId(), entry.details().start());
        }
        return suspicious;
    }
}
