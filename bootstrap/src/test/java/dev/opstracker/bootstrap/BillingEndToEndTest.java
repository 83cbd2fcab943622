package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client billed by the hour, set up and reported on over HTTP on embedded H2, through the real export writers. */
class BillingEndToEndTest {

    private static final String REPORT = "/api/v1/reports/time?from=2026-11-01&to=2026-12-01&tz=Europe/Berlin";

    @TempDir
    static Path dataDirectory;
    private static RunningServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws IOException {
        server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0));
        api = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());
        created(api.post("/api/v1/clients", "{\"code\":\"ACME\",\"name\":\"Acme Corp\",\"currency\":\"EUR\",\"hourlyRate\":\"90.00\"}"));
        created(api.post("/api/v1/projects", "{\"client\":\"ACME\",\"code\":\"acme-k8s\",\"name\":\"Kubernetes\"}"));
        long taskId = created(api.post("/api/v1/tasks", "{\"title\":\"Checkout 502s\",\"client\":\"ACME\",\"project\":\"acme-k8s\"}")).get("id").asLong();
        // 1 h 30 min, then 45 min from 23:30 Berlin time across its midnight: 8,100 s, 202.50 EUR at 90 EUR an hour.
        created(api.post("/api/v1/time/entries", "{\"taskId\":%d,\"start\":\"2026-11-02T09:00:00Z\",\"end\":\"2026-11-02T10:30:00Z\",\"zone\":\"Europe/Berlin\",\"note\":\"Rollback\"}"
                .formatted(taskId)));
        created(api.post("/api/v1/time/entries", "{\"taskId\":%d,\"start\":\"2026-11-03T22:30:00Z\",\"end\":\"2026-11-03T23:15:00Z\",\"zone\":\"Europe/Berlin\"}"
                .formatted(taskId)));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static JsonNode created(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.response().body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void aHarvestExportListsEachEntryInDecimalHoursOnItsBerlinDate() {
        ApiClient.Reply reply = api.get(REPORT + "&format=harvest");

        assertThat(reply.status()).as(reply.response().body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"time-2026-11-01-2026-12-01.csv\"");
        // The user is the token's name ("initial admin" for the generated admin token), which Harvest takes as a first name.
        assertThat(reply.response().body().lines()).containsExactly("Date,Client,Project,Task,Notes,Hours,First name,Last name",
                "2026-11-02,ACME,acme-k8s,Checkout 502s,Rollback,1.50,initial admin,",
                "2026-11-03,ACME,acme-k8s,Checkout 502s,,0.75,initial admin,");
    }

    @Test
    void aJsonReportTotalsTheSecondsAndTheAmountToTheCent() {
        ApiClient.Reply reply = api.get(REPORT + "&format=json");

        assertThat(reply.status()).as(reply.response().body()).isEqualTo(200);
        JsonNode total = reply.json().get("total");
        assertThat(total.get("seconds").asLong()).isEqualTo(8100);
        assertThat(total.get("amounts").get(0).get("currency").asText()).isEqualTo("EUR");
        assertThat(total.get("amounts").get(0).get("amount").asText()).isEqualTo("202.50");
    }
}
