package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing configured the way {@code opstracker serve} reads it (environment text plus an owner-only file) reaches the server. */
class SignedWebhooksEndToEndTest {

    private static final String WHSEC = "whsec_1R/LWtfHgSU70NAxElnO56ThFDtrup5oxTe2rHgEP0k=";
    private static final String GRAFANA_SECRET = "grafana shared secret";
    private static final String EVENT = """
            {"routing_key": "r", "event_action": "trigger", "dedup_key": "edge-lb-1/tls",
             "payload": {"summary": "TLS certificate expires in 3 days", "source": "edge-lb-1", "severity": "warning"}}""";
    private static final String GRAFANA_BODY = """
            {"receiver": "ops", "status": "firing", "orgId": 1, "version": "1", "groupKey": "{}:{}",
             "alerts": [{"status": "firing", "labels": {"alertname": "DiskFull", "instance": "db-1"}, "annotations": {},
                         "startsAt": "2026-11-24T16:00:00Z", "fingerprint": "0a1b2c3d4e5f6a7b"}]}""";

    @TempDir
    static Path dataDirectory;
    private static RunningServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws IOException {
        Path file = dataDirectory.resolve("webhook-signing");
        OwnerOnlyFiles.writeSecret(file, "grafana=grafana-hmac timestamp-header=X-Grafana-Alerting-Timestamp:" + GRAFANA_SECRET + "\n");
        Settings settings = Settings.embedded(dataDirectory).withPort(0)
                .withWebhookSigning(WebhookSigningSetup.load("events=standard-webhooks:" + WHSEC, file));
        server = RunningServer.start(settings);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aStandardWebhooksDeliverySignedWithTheSecretFromTheEnvironmentIsAccepted() throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        String signed = "msg_e2e." + timestamp + "." + EVENT;
        String signature = "v1," + Base64.getEncoder().encodeToString(hmac(Base64.getDecoder().decode(WHSEC.substring(6)), signed));

        HttpResponse<String> reply = post("/api/v1/alerts/events", EVENT,
                Map.of("webhook-id", "msg_e2e", "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
    }

    @Test
    void aGrafanaDeliverySignedWithTheSecretFromTheFileIsAccepted() throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = HexFormat.of().formatHex(hmac(GRAFANA_SECRET.getBytes(StandardCharsets.UTF_8), timestamp + ":" + GRAFANA_BODY));

        HttpResponse<String> reply = post("/api/v1/alerts/grafana", GRAFANA_BODY,
                Map.of("X-Grafana-Alerting-Signature", signature, "X-Grafana-Alerting-Timestamp", timestamp));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void anUnsignedDeliveryWithoutATokenIsStillRefused() throws Exception {
        HttpResponse<String> reply = post("/api/v1/alerts/events", EVENT, Map.of());

        assertThat(reply.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
