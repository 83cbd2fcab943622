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

/** The infrastructure map through the whole server on embedded H2: components, links both ways, search. */
class InfrastructureEndToEndTest {

    @TempDir
    static Path dataDirectory;
    private static RunningServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws IOException {
        server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0));
        api = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static long component(String json) {
        ApiClient.Reply created = api.post("/api/v1/components", json);
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void aTaskLinkedToComponentsIsFoundFromEitherSideAndBySearch() {
        long aws = component("{\"name\":\"aws\",\"kind\":\"provider\",\"provider\":\"aws\"}");
        long region = component("{\"name\":\"eu-west-1\",\"kind\":\"region\",\"parent\":" + aws + ",\"tags\":{\"env\":\"prod\"}}");
        long cluster = component("{\"name\":\"prod-eks\",\"kind\":\"cluster\",\"parent\":" + region + "}");
        long service = component("{\"name\":\"checkout\",\"kind\":\"service\",\"parent\":" + cluster + ",\"tags\":{\"team\":\"payments\"}}");
        String task = api.post("/api/v1/tasks", "{\"title\":\"Checkout 502s\"}").header("Location");

        assertThat(api.post(task + "/components", "{\"componentId\":" + service + ",\"role\":\"affected\"}").status()).isEqualTo(201);

        JsonNode ofTask = api.get(task + "/components").json();
        assertThat(ofTask.get("items").get(0).get("path").asText()).isEqualTo("aws/eu-west-1/prod-eks/checkout");
        JsonNode ofCluster = api.get("/api/v1/components/" + cluster + "/tasks?subtree=true").json();
        assertThat(ofCluster.get("items")).hasSize(1);
        assertThat(api.get("/api/v1/components/" + cluster + "/tasks").json().get("items")).isEmpty();
        JsonNode found = api.get("/api/v1/components?q=kind:service%20env=prod%20under:aws/eu-west-1%20tag:team=payments").json();
        assertThat(found.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(service);
    }

    @Test
    void aBadFilterNamesTheColumn() {
        ApiClient.Reply bad = api.get("/api/v1/components?q=kind:service%20(env=prod");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("q");
        assertThat(bad.json().get("detail").asText()).contains("at column 14");
    }

    @Test
    void startingWorkReportsOverlapsAndTheOverviewCountsTheWork() {
        long gcp = component("{\"name\":\"gcp\",\"kind\":\"provider\",\"provider\":\"gcp\"}");
        long gke = component("{\"name\":\"gke\",\"kind\":\"cluster\",\"parent\":" + gcp + "}");
        long apiService = component("{\"name\":\"api\",\"kind\":\"service\",\"parent\":" + gke + "}");
        String onCluster = api.post("/api/v1/tasks", "{\"title\":\"Upgrade gke\"}").header("Location");
        String onService = api.post("/api/v1/tasks", "{\"title\":\"Deploy api\"}").header("Location");
        api.post(onCluster + "/components", "{\"componentId\":" + gke + ",\"role\":\"changed\"}");
        api.post(onService + "/components", "{\"componentId\":" + apiService + ",\"role\":\"changed\"}");
        assertThat(api.post(onCluster + "/status", "{\"status\":\"IN_PROGRESS\"}").json().get("conflicts")).isEmpty();

        assertThat(api.post(onService + "/status?strict=true", "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(409);
        JsonNode started = api.post(onService + "/status", "{\"status\":\"IN_PROGRESS\"}").json();

        assertThat(started.get("conflicts").get(0).get("path").asText()).isEqualTo("gcp/gke");
        JsonNode counts = api.get("/api/v1/components:open-task-counts?q=under:gcp&subtree=true").json();
        assertThat(counts.get("items")).extracting(item -> item.get("path").asText() + " " + item.get("count").asLong())
                .containsExactly("gcp 2", "gcp/gke 2", "gcp/gke/api 1");
        JsonNode most = api.get("/api/v1/components:most-worked-on?q=under:gcp&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z").json();
        assertThat(most.get("items")).extracting(item -> item.get("componentId").asLong())
                .containsExactly(gke, apiService);
    }
}
