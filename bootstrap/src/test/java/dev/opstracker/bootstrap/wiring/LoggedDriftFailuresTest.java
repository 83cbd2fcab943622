package dev.opstracker.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggedDriftFailuresTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logged);
    }

    @Test
    void aFailedProposalIsAWarningNamingTheRunbookAndTheTaskButNeverTheFailuresText() {
        new LoggedDriftFailures().proposalFailed(new RunbookSlug("restart-the-api"), TaskId.of(42),
                new IllegalStateException("duplicate entry 'added `mysql -psecret-password`'"));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("task 42").contains("runbook restart-the-api").contains("IllegalStateException")
                    .doesNotContain("secret-password");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void aMissingRecordIsNamedAndATaskWhoseRunbooksCouldNotBeReadIsNamedAlone() {
        LoggedDriftFailures failures = new LoggedDriftFailures();

        failures.proposalFailed(new RunbookSlug("restart-the-api"), TaskId.of(42), new DomainException.NotFound("task", "7"));
        failures.proposalFailed(null, TaskId.of(43), new IllegalStateException("database down"));

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                first -> assertThat(first).contains("task 42", "runbook restart-the-api", "task 7 does not exist"),
                second -> assertThat(second).contains("task 43").doesNotContain("database down", "null"));
    }
}
