package dev.opstracker.http;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UnexpectedFailureTest {

    private static final String BODY_MARKER = "body-text-that-must-not-be-logged";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), RunningApi.HEALTHY_H2, new BrokenTaskStore());

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logged);
        api.close();
    }

    @Test
    void aBugIsAGeneric500ProblemThatRevealsNoInternals() {
        JsonNode problem = assertProblem(api.get("/api/v1/tasks").send(), 500);

        assertThat(problem.get("type").asText()).endsWith("internal-error");
        assertThat(problem.toString()).doesNotContain(BrokenTaskStore.INTERNAL_MESSAGE, "IllegalStateException");
    }

    @Test
    void aBugIsLoggedOnceWithoutTheRequestBodyOrTheToken() {
        String secret = api.issue(Scope.ADMIN);

        api.post("/api/v1/tasks", "{\"title\": \"" + BODY_MARKER + "\"}").bearer(secret).send();

        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.ERROR).hasSize(1);
        assertThat(logged.list).allSatisfy(event -> assertThat(everything(event)).doesNotContain(BODY_MARKER, secret));
    }

    private static String everything(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append(' ').append(cause.getMessage());
        }
        return text.toString();
    }
}
