package dev.opstracker.http.infra;

import static dev.opstracker.http.infra.InfraFixtures.COMPONENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 3's "done when", over HTTP only: tasks linked to five kinds of component across three providers, queried both ways. */
class InfrastructureMapScenarioTest {

    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void tasksLinkToFiveKindsAcrossThreeProvidersAndAreFoundBothWays() {
        long aws = create("aws", "provider", null, "\"provider\": \"aws\"");
        long eks = create("prod-eks", "cluster", aws, "\"tags\": {\"env\": \"prod\"}");
        long checkout = create("checkout", "service", eks, "\"tags\": {\"team\": \"payments\"}");
        long gcp = create("gcp", "provider", null, "\"provider\": \"gcp\"");
        long orders = create("orders-db", "database", gcp,
                "\"externalId\": \"projects/acme/instances/orders\", \"tags\": {\"env\": \"prod\"}");
        long hetzner = create("hetzner", "provider", null, "\"provider\": \"hetzner\"");
        long fsn = create("fsn1", "datacenter", hetzner, "\"tags\": {\"env\": \"prod\"}");
        long backup = create("backup-01", "server", fsn, "\"tags\": {\"team\": \"payments\"}");
        long lb = create("edge-lb", "load-balancer", aws, "\"externalId\": \"arn:aws:elasticloadbalancing:eu-west-1:1:lb/edge\"");
        long incident = createTask("Payments outage");
        long migration = createTask("Move orders to new disks");

        link(incident, checkout, "affected");
        link(incident, orders, "cause");
        link(incident, eks, "affected");
        link(incident, lb, "affected");
        link(migration, orders, "changed");
        link(migration, backup, "changed");

        JsonNode incidentLinks = api.get("/api/v1/tasks/" + incident + "/components").send().json().get("items");
        assertThat(incidentLinks).extracting(link -> link.get("path").asText())
                .containsExactly("aws/prod-eks/checkout", "gcp/orders-db", "aws/prod-eks", "aws/edge-lb");
        Set<String> kinds = new TreeSet<>();
        Set<String> providers = new TreeSet<>();
        for (long task : List.of(incident, migration)) {
            for (JsonNode link : api.get("/api/v1/tasks/" + task + "/components").send().json().get("items")) {
                JsonNode component = api.get(COMPONENTS + "/" + link.get("componentId").asLong()).send().json();
                kinds.add(component.get("kind").asText());
                providers.add(component.get("provider").asText());
            }
        }
        assertThat(kinds).containsExactly("cluster", "database", "load-balancer", "server", "service");
        assertThat(providers).containsExactly("aws", "gcp", "hetzner");

        assertThat(taskIds(orders, false)).containsExactly(incident, migration);
        assertThat(taskIds(aws, true)).containsExactly(incident, incident, incident);
        assertThat(taskIds(hetzner, true)).containsExactly(migration);

        JsonNode paymentsInProd = api.get(COMPONENTS + "?q=" + encoded("env=prod team=payments")).send().json();
        assertThat(paymentsInProd.get("items")).extracting(item -> item.get("path").asText())
                .containsExactly("aws/prod-eks/checkout", "hetzner/fsn1/backup-01");
        JsonNode notAws = api.get(COMPONENTS + "?q=" + encoded("(kind:database | kind:server) -provider:aws")).send().json();
        assertThat(notAws.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(orders, backup);
    }

    private long create(String name, String kind, Long parent, String more) {
        String json = "{\"name\": \"%s\", \"kind\": \"%s\", \"parent\": %s, %s}".formatted(name, kind, parent, more);
        ApiReply reply = api.post(COMPONENTS, json).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long createTask(String title) {
        ApiReply reply = api.post("/api/v1/tasks", "{\"title\": \"%s\"}".formatted(title)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private void link(long task, long component, String role) {
        ApiReply reply = api.post("/api/v1/tasks/" + task + "/components",
                "{\"componentId\": %d, \"role\": \"%s\"}".formatted(component, role)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    }

    private List<Long> taskIds(long component, boolean subtree) {
        JsonNode page = api.get(COMPONENTS + "/" + component + "/tasks?subtree=" + subtree).send().json();
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("taskId").asLong()));
        return ids;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
