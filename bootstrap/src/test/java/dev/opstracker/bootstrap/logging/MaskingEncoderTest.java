package dev.opstracker.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.SecretMasker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Every part of a log event that carries data reaches the log masked, as text lines and as JSON lines, through the real logback.xml. */
class MaskingEncoderTest {

    private static final Logger LOG = LoggerFactory.getLogger(MaskingEncoderTest.class);

    @BeforeEach
    void installTheUsersPatterns() {
        LogMasking.install(PlantedSecret.maskerWithTheUserPattern());
    }

    @AfterEach
    void restoreTheBuiltInRules() {
        LogMasking.install(SecretMasker.standard());
        MDC.clear();
    }

    static Stream<Arguments> formatsAndSecrets() {
        return Stream.of("text", "json").flatMap(format -> PlantedSecret.everyKindAndAJwt().map(secret -> Arguments.of(format, secret)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSecrets")
    void aSecretInAMessageArgumentIsMaskedAndTheRestOfTheMessageKept(String format, PlantedSecret secret) {
        try (LogCapture log = LogCapture.start(format)) {
            LOG.warn("Deploying release {} with {} to {}", "2026.11", secret.text(), "edge-lb-1");

            assertThat(log.content()).doesNotContain(secret.hidden())
                    .contains("Deploying release 2026.11 with " + secret.mask() + " to edge-lb-1");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSecrets")
    void aSecretInAnExceptionItsCauseOrASuppressedOneIsMaskedAndTheStackTraceKept(String format, PlantedSecret secret) {
        SQLException cause = new SQLException("Access refused for " + secret.text());
        IllegalStateException failure = new IllegalStateException("cannot open " + secret.text(), cause);
        failure.addSuppressed(new IOException("closing " + secret.text() + " failed too"));

        try (LogCapture log = LogCapture.start(format)) {
            LOG.error("Opening the store failed", failure);

            assertThat(log.content()).doesNotContain(secret.hidden())
                    .contains("cannot open " + secret.mask(), "Access refused for " + secret.mask(), "closing " + secret.mask() + " failed too",
                            "aSecretInAnExceptionItsCauseOrASuppressedOneIsMaskedAndTheStackTraceKept");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void anExceptionWhoseToStringSaysMoreThanItsMessageIsMaskedToo(String format) {
        RuntimeException failure = new RuntimeException("refused") {
            @Override
            public String toString() {
                return "RemoteFailure[url=" + PlantedSecret.PASSWORD_IN_URL.text() + "]: refused";
            }
        };

        try (LogCapture log = LogCapture.start(format)) {
            LOG.error("Calling the remote failed", failure);

            assertThat(log.content()).doesNotContain(PlantedSecret.PASSWORD_IN_URL.hidden());
        }
        try (LogCapture log = LogCapture.start("text")) {
            LOG.error("Calling the remote failed", failure);

            assertThat(log.output()).contains("RemoteFailure[url=" + PlantedSecret.PASSWORD_IN_URL.mask() + "]: refused");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void aSecretValueIsMaskedEvenWhenOnlyTheTextAroundItsPlaceholderSaysItIsOne(String format) {
        try (LogCapture log = LogCapture.start(format)) {
            LOG.info("Connecting with password={} as {}", "hunter2222", "deploy");

            assertThat(log.content()).doesNotContain("hunter2222").contains("Connecting with password=**** as deploy");
        }
    }

    @Test
    void jsonLinesCarryTheMaskedMessageMdcKeyValuesAndExceptionAndNoSeparateArguments() {
        try (LogCapture log = LogCapture.start("json")) {
            MDC.put("request", "GET /api/v1/tasks " + PlantedSecret.GITHUB_TOKEN.text());
            MDC.put("dbPassword", "hunter2222");
            LOG.atWarn().addKeyValue("token", "s3cr3t-value-42").addKeyValue("task", 42)
                    .setCause(new UncheckedIOException(new IOException("reading " + PlantedSecret.AWS_ACCESS_KEY_ID.text())))
                    .log("Answering {} took {} ms", PlantedSecret.OPSTRACKER_TOKEN.text(), 1200);

            assertThat(log.content()).doesNotContain(PlantedSecret.GITHUB_TOKEN.hidden(), "hunter2222", "s3cr3t-value-42",
                    PlantedSecret.AWS_ACCESS_KEY_ID.hidden(), PlantedSecret.OPSTRACKER_TOKEN.hidden());
            JsonNode line = log.jsonLinesWith("Answering").getFirst();
            assertThat(line.get("message").asText()).isEqualTo("Answering opt_**** took 1200 ms");
            assertThat(line.get("level").asText()).isEqualTo("WARN");
            assertThat(line.get("loggerName").asText()).isEqualTo(MaskingEncoderTest.class.getName());
            assertThat(line.get("threadName").asText()).isEqualTo(Thread.currentThread().getName());
            assertThat(line.get("timestamp").asLong()).isPositive();
            assertThat(line.get("mdc").get("request").asText()).isEqualTo("GET /api/v1/tasks ghp_****");
            assertThat(line.get("mdc").get("dbPassword").asText()).isEqualTo("****");
            assertThat(line.get("kvpList").toString()).contains("\"token\":\"****\"", "\"task\":\"42\"");
            assertThat(line.get("throwable").get("className").asText()).isEqualTo(UncheckedIOException.class.getName());
            assertThat(line.get("throwable").get("cause").get("message").asText()).isEqualTo("reading AKIA****");
            assertThat(line.has("arguments")).as("arguments printed apart from their message").isFalse();
            assertThat(line.has("context")).isFalse();
        }
    }

    @Test
    void jsonLinesStayValidWhenAMaskedSecretSitsAmongQuotesBackslashesAndControlCharacters() {
        String message = "got \"" + PlantedSecret.BEARER_TOKEN.text() + "\" from C:\\ops\\token.txt\n\tline two \u0007 \u00e9\u20ac {\"password\": \"hunter2222\\\"\"}";

        try (LogCapture log = LogCapture.start("json")) {
            LOG.info(message);
            LOG.info("password=\"hunter2222\\\" and token {}", PlantedSecret.GITHUB_TOKEN.text());

            // The rule took the backslash with the password; escaping after masking keeps the line valid JSON all the same.
            assertThat(log.jsonLinesWith("got \"").getFirst().get("message").asText())
                    .isEqualTo("got \"Bearer ****\" from C:\\ops\\token.txt\n\tline two \u0007 \u00e9\u20ac {\"password\": \"****\"\"}");
            assertThat(log.jsonLinesWith("and token").getFirst().get("message").asText()).isEqualTo("password=\"****\" and token ghp_****");
            assertThat(log.content()).doesNotContain("hunter2222", PlantedSecret.BEARER_TOKEN.hidden(), PlantedSecret.GITHUB_TOKEN.hidden());
        }
    }

    @Test
    void anOrdinaryMessageIsWrittenUnchanged() {
        String ordinary = "Disk usage 97% on node-7 {\"path\": \"/var/lib\"} \\ passwordless login for ops; key point: none";

        try (LogCapture text = LogCapture.start("text")) {
            LOG.info(ordinary);
            assertThat(text.output().lines().filter(line -> line.contains("Disk usage")))
                    .singleElement().asString()
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[[^\\]]+] [\\w.]+ - \\Q" + ordinary + "\\E");
        }
        try (LogCapture json = LogCapture.start("json")) {
            LOG.info(ordinary);
            assertThat(json.jsonLinesWith("Disk usage")).singleElement().satisfies(line -> assertThat(line.get("message").asText()).isEqualTo(ordinary));
        }
    }

    @Test
    void beforeBootstrapInstallsTheConfiguredMaskerTheBuiltInRulesAlreadyApply() {
        LogMasking.install(SecretMasker.standard());

        try (LogCapture log = LogCapture.start("text")) {
            LOG.info("early: {} on {}", PlantedSecret.GITHUB_TOKEN.text(), PlantedSecret.USER_PATTERN_SECRET.text());

            assertThat(log.output()).contains("early: ghp_**** on falcon-4711").doesNotContain(PlantedSecret.GITHUB_TOKEN.hidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", " json "})
    void theFormatIgnoresCaseAndSpaces(String format) {
        try (LogCapture log = LogCapture.start(format)) {
            LOG.info("hello");

            assertThat(log.jsonLinesWith("hello")).singleElement().satisfies(line -> assertThat(line.get("message").asText()).isEqualTo("hello"));
        }
    }

    @Test
    void anUnknownFormatWritesMaskedTextAndReportsTheMistakeInLogbacksStatus() {
        try (LogCapture log = LogCapture.start("xml")) {
            LOG.info("still logged with {}", PlantedSecret.GITHUB_TOKEN.text());

            assertThat(log.output()).contains(" INFO  ", "still logged with ghp_****").doesNotContain("{\"");
            assertThat(log.configurationErrors()).anySatisfy(error -> assertThat(error).contains("OPSTRACKER_LOG_FORMAT", "'xml'", "text or json"));
        }
    }
}
