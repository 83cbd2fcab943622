package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.logging.LogCapture;
import dev.opstracker.bootstrap.logging.LogMasking;
import dev.opstracker.bootstrap.logging.PlantedSecret;
import dev.opstracker.domain.security.SecretMasker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A secret planted where each layer logs reaches neither the log (text or JSON lines, through the
 * real logback.xml) nor the terminal: a header the HTTP layer logs, a database password the JDBC
 * driver echoes when the pool fails, and a value the domain refuses when the server starts. Domain and
 * application never log themselves; their refusals reach the log as the exceptions bootstrap logs.
 */
class LogMaskingEndToEndTest {

    private static final String WHSEC = "whsec_1R/LWtfHgSU70NAxElnO56ThFDtrup5oxTe2rHgEP0k=";
    private static final String EVENT = """
            {"routing_key": "r", "event_action": "trigger", "dedup_key": "edge-lb-1/tls",
             "payload": {"summary": "TLS certificate expires in 3 days", "source": "edge-lb-1", "severity": "warning"}}""";

    @TempDir
    static Path directory;
    private static RunningServer server;
    private static SecretMasker configured;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        Settings settings = Settings.embedded(directory.resolve("served")).withPort(0)
                .withWebhookSigning(WebhookSigningSetup.load("events=standard-webhooks:" + WHSEC, null));
        server = RunningServer.start(settings);
        configured = LogMasking.masker();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        LogMasking.install(SecretMasker.standard());
    }

    static Stream<Arguments> formatsAndSecrets() {
        return Stream.of("text", "json").flatMap(format -> PlantedSecret.everyKind().stream().map(secret -> Arguments.of(format, secret)));
    }

    /** The user's patterns file is read from the environment at start, which a test cannot set: LogMaskingProcessIT covers that kind. */
    static Stream<Arguments> formatsAndSecretsButTheUsersPattern() {
        return formatsAndSecrets().filter(arguments -> arguments.get()[1] != PlantedSecret.USER_PATTERN_SECRET);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSecrets")
    void aSecretInAReplayedWebhookIdIsMaskedInTheHttpLayersWarning(String format, PlantedSecret secret) throws Exception {
        // As bootstrap installs it when OPSTRACKER_MASK_PATTERNS_FILE names a file holding the pattern.
        LogMasking.install(configured.withPatterns(List.of(PlantedSecret.USER_PATTERN)));
        String webhookId = format + " " + secret.text();
        try (LogCapture log = LogCapture.start(format)) {
            assertThat(deliver(webhookId, format).statusCode()).isEqualTo(202);
            assertThat(deliver(webhookId, format).statusCode()).isEqualTo(401);

            assertThat(log.content()).contains("Refused a events delivery: webhook-id " + format + " " + secret.mask() + " was accepted already")
                    .doesNotContain(secret.hidden());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSecrets")
    void aDatabasePasswordTheDriverEchoesWithoutItsUrlIsMaskedInTheLoggedPoolFailureAndTheTerminal(String format, PlantedSecret secret) {
        // The MariaDB driver reads "deploy" as the host and answers "Incorrect port value : <password>@127.0.0.1".
        String url = "jdbc:mariadb://deploy:" + secret.hidden() + "@127.0.0.1:1/ops";

        try (LogCapture log = LogCapture.start(format)) {
            Run run = serve(format, "--db-url", url);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.terminal()).startsWith("opstracker: ").contains("Incorrect port value : " + SecretMasker.MASK).doesNotContain(secret.hidden());
            assertThat(log.content()).contains("command failed", "PoolInitializationException", "Incorrect port value : " + SecretMasker.MASK)
                    .doesNotContain(secret.hidden());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSecretsButTheUsersPattern")
    void aSecretInAnAlertRuleTheDomainRefusesIsMaskedInTheStartFailureWhileTheStartupLinesStayAsTheyWere(String format, PlantedSecret secret)
            throws IOException {
        Path rules = Files.writeString(directory.resolve("rules-" + format + ".json"),
                "{\"rules\": [{\"name\": \"deploy\", \"matchers\": [\"%s\"]}]}".formatted(secret.text()));

        try (LogCapture log = LogCapture.start(format)) {
            Run run = serve(format, "--alert-rules", rules.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.terminal()).contains("rules[0].matchers[0] '" + secret.mask() + "' is invalid").doesNotContain(secret.hidden());
            assertThat(log.content()).contains("command failed", "'" + secret.mask() + "' is invalid", "Opened a pool of up to 10 connections to the h2 database")
                    .doesNotContain(secret.hidden());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSecrets")
    void anExceptionNoThreadCaughtIsLoggedMaskedInsteadOfPrintedRaw(String format, PlantedSecret secret) throws InterruptedException {
        LogMasking.install(configured.withPatterns(List.of(PlantedSecret.USER_PATTERN)));
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        try (LogCapture log = LogCapture.start(format)) {
            Main.logUncaughtExceptions();
            Thread thread = new Thread(() -> {
                throw new IllegalStateException("pushing to " + secret.text() + " failed");
            }, "pusher");
            thread.start();
            thread.join();

            assertThat(log.content()).contains("Thread pusher ended with an uncaught exception", "pushing to " + secret.mask() + " failed")
                    .doesNotContain(secret.hidden());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    private record Run(int exitCode, String terminal) {
    }

    /** {@code opstracker serve} as the command line runs it, on this test's data directory, answering with its exit code and what it printed. */
    private static Run serve(String format, String... options) {
        StringWriter terminal = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(terminal, true));
        commandLine.setErr(new PrintWriter(terminal, true));
        String[] arguments = Stream.concat(Stream.of("serve", "--port", "0", "--data-dir", directory.resolve("started-" + format).toString()),
                Stream.of(options)).toArray(String[]::new);
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, terminal.toString());
    }

    private HttpResponse<String> deliver(String webhookId, String format) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        String body = EVENT.replace("edge-lb-1/tls", "edge-lb-1/tls-" + format);
        String signature = "v1," + Base64.getEncoder().encodeToString(hmac(Base64.getDecoder().decode(WHSEC.substring(6)),
                webhookId + "." + timestamp + "." + body));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/alerts/events"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("webhook-id", webhookId).header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
