package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.security.RequiredScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A token limited to one client (GLOBEX) reads nothing of another client's (ACME's) data through any route: each GET
 * route the server declares is tried with ACME's ids, codes and slugs, and answers 403 or 404, or (for lists) 200
 * without anything of ACME's. The routes come from the server itself, so a new GET route fails this test until it is
 * added to {@link #reads()}, and a new write route fails it if such a token could call it.
 */
class ClientIsolationTest {

    private static final String RANGE = "from=2026-11-01&to=2026-12-01";

    private final TwoClients data = new TwoClients();

    @AfterEach
    void stop() {
        data.close();
    }

    /** A request and whether it must be refused (403 or 404) or may list what the token sees (200). */
    private record Read(String path, boolean refused) {
    }

    private final Map<String, List<Read>> reads = new LinkedHashMap<>();

    private void refused(String route, String... paths) {
        for (String path : paths) {
            reads.computeIfAbsent(route, any -> new ArrayList<>()).add(new Read(path, true));
        }
    }

    private void listed(String route, String... paths) {
        for (String path : paths) {
            reads.computeIfAbsent(route, any -> new ArrayList<>()).add(new Read(path, false));
        }
    }

    /** Every GET route, tried with ACME's data; keyed by the route as declared. */
    private Map<String, List<Read>> reads() {
        long task = data.acmeTask.id().value();
        long entry = data.acmeEntry;
        long run = data.acmeRun;
        long component = data.acmeHost.id().value();
        String runbook = "/api/v1/runbooks/" + data.acmeRunbook;
        listed("/api/v1/tasks", "/api/v1/tasks", "/api/v1/tasks?status=done", "/api/v1/tasks?project=p-a1");
        refused("/api/v1/tasks", "/api/v1/tasks?client=ACME");
        refused("/api/v1/tasks/{id}", "/api/v1/tasks/" + task);
        refused("/api/v1/tasks/{id}/history", "/api/v1/tasks/" + task + "/history");
        refused("/api/v1/tasks/{id}/components", "/api/v1/tasks/" + task + "/components");
        refused("/api/v1/tasks/{id}/commands", "/api/v1/tasks/" + task + "/commands");
        refused("/api/v1/tasks/{id}/runbooks", "/api/v1/tasks/" + task + "/runbooks");
        refused("/api/v1/alerts/tasks/{id}/incidents", "/api/v1/alerts/tasks/" + task + "/incidents");
        refused("/api/v1/alerts/pending", "/api/v1/alerts/pending");
        refused("/api/v1/alerts/incidents", "/api/v1/alerts/incidents?since=2000-01-01T00:00:00Z");
        refused("/api/v1/alerts/rules", "/api/v1/alerts/rules");
        refused("/api/v1/alerts/dead-letters", "/api/v1/alerts/dead-letters");
        refused("/api/v1/alerts/dead-letters/{id}", "/api/v1/alerts/dead-letters/1");
        refused("/api/v1/components", "/api/v1/components");
        refused("/api/v1/components/{id}", "/api/v1/components/" + component);
        refused("/api/v1/components/{id}/tasks", "/api/v1/components/" + component + "/tasks");
        refused("/api/v1/components/{id}/commands", "/api/v1/components/" + component + "/commands");
        refused("/api/v1/components:open-task-counts", "/api/v1/components:open-task-counts");
        refused("/api/v1/components:most-worked-on", "/api/v1/components:most-worked-on?" + RANGE);
        refused("/api/v1/component-kinds", "/api/v1/component-kinds");
        refused("/api/v1/parenting-rules", "/api/v1/parenting-rules");
        refused("/api/v1/commands", "/api/v1/commands", "/api/v1/commands?task=" + task);
        refused("/api/v1/commands/chain", "/api/v1/commands/chain");
        refused("/api/v1/commands/{id}", "/api/v1/commands/" + run);
        refused("/api/v1/commands/{id}/stdout", "/api/v1/commands/" + run + "/stdout");
        refused("/api/v1/commands/{id}/stderr", "/api/v1/commands/" + run + "/stderr");
        refused("/api/v1/time/current", "/api/v1/time/current", "/api/v1/time/current?user=acmesecret-worker");
        listed("/api/v1/time/suspicious", "/api/v1/time/suspicious");
        refused("/api/v1/time/suspicious", "/api/v1/time/suspicious?user=acmesecret-worker");
        listed("/api/v1/time/entries", "/api/v1/time/entries?" + RANGE, "/api/v1/time/entries?task=" + task + "&" + RANGE);
        refused("/api/v1/time/entries", "/api/v1/time/entries?client=ACME&" + RANGE, "/api/v1/time/entries?user=acmesecret-worker&" + RANGE);
        refused("/api/v1/time/entries/{id}", "/api/v1/time/entries/" + entry);
        refused("/api/v1/time/entries/{id}/overlaps", "/api/v1/time/entries/" + entry + "/overlaps");
        listed("/api/v1/time/drafts", "/api/v1/time/drafts?day=2026-11-10");
        refused("/api/v1/time/drafts", "/api/v1/time/drafts?day=2026-11-10&user=acmesecret-worker");
        listed("/api/v1/reports/time", "/api/v1/reports/time?" + RANGE, "/api/v1/reports/time?format=entries-csv&" + RANGE,
                "/api/v1/reports/time?format=harvest&task=" + task + "&" + RANGE, "/api/v1/reports/time?groupBy=day&user=acmesecret-worker&" + RANGE);
        refused("/api/v1/reports/time", "/api/v1/reports/time?client=ACME&" + RANGE, "/api/v1/reports/time?client=ACME&format=toggl&" + RANGE);
        refused("/api/v1/reports/operations", "/api/v1/reports/operations?components=kind:service&" + RANGE);
        refused("/api/v1/runbooks", "/api/v1/runbooks");
        refused("/api/v1/runbooks/{slug}", runbook);
        refused("/api/v1/runbooks/{slug}/versions", runbook + "/versions");
        refused("/api/v1/runbooks/{slug}/diff", runbook + "/diff?from=1&to=1");
        refused("/api/v1/runbooks/{slug}/drift", runbook + "/drift?task=" + task);
        refused("/api/v1/runbooks/{slug}/proposals", runbook + "/proposals");
        listed("/api/v1/clients", "/api/v1/clients");
        refused("/api/v1/clients/{code}", "/api/v1/clients/ACME");
        refused("/api/v1/clients/{code}/rates", "/api/v1/clients/ACME/rates");
        listed("/api/v1/projects", "/api/v1/projects");
        refused("/api/v1/projects", "/api/v1/projects?client=ACME");
        refused("/api/v1/projects/{client}/{code}", "/api/v1/projects/ACME/p-a1");
        refused("/api/v1/tokens", "/api/v1/tokens");
        refused("/api/v1/tokens/{id}", "/api/v1/tokens/1");
        refused("/api/v1/audit", "/api/v1/audit");
        return reads;
    }

    private List<ApiServer.Route> declared(boolean gets) {
        return data.api.server().routes().stream().filter(route -> route.path().startsWith("/api/v1/"))
                .filter(route -> !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER"))
                .filter(route -> route.method().equals("GET") == gets).toList();
    }

    @Test
    void everyGetRouteIsTriedWithAnotherClientsData() {
        Set<String> gets = declared(true).stream().map(ApiServer.Route::path).collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(reads().keySet())).as("GET routes tried here; add a new route to reads() with another client's data")
                .isEqualTo(gets);
    }

    @Test
    void aTokenOfOneClientGetsNothingOfAnotherClientsDataFromAnyReadRoute() {
        List<String> failures = new ArrayList<>();
        reads().forEach((route, tries) -> tries.forEach(read -> {
            ApiReply reply = data.asGlobex(read.path());
            boolean statusRight = read.refused() ? reply.status() == 403 || reply.status() == 404 : reply.status() == 200;
            if (!statusRight || TwoClients.leaksAcme(read.path(), reply.body())) {
                failures.add("%s (%s): %s".formatted(read.path(), read.refused() ? "403/404 expected" : "200 expected", reply));
            }
        }));

        assertThat(failures).as("reads that leaked or answered unexpectedly").isEmpty();
    }

    @Test
    void aTokenOfOneClientReadsItsOwnTasksTimeAndBillingSetup() {
        assertThat(data.asGlobex("/api/v1/tasks").body()).contains("Globex visible task");
        assertThat(data.asGlobex("/api/v1/tasks/" + data.globexTask.id()).status()).isEqualTo(200);
        assertThat(data.asGlobex("/api/v1/tasks/" + data.globexTask.id() + "/history").status()).isEqualTo(200);
        assertThat(data.asGlobex("/api/v1/tasks/" + data.globexTask.id() + "/components").status()).isEqualTo(200);
        assertThat(data.asGlobex("/api/v1/reports/time?" + RANGE).body()).contains(Long.toString(TwoClients.GLOBEX_SECONDS));
        assertThat(data.asGlobex("/api/v1/reports/time?format=entries-csv&" + RANGE).body()).contains("Globex visible task");
        assertThat(data.asGlobex("/api/v1/clients").body()).contains("Globex Corp");
        assertThat(data.asGlobex("/api/v1/projects/GLOBEX/p-g1").status()).isEqualTo(200);
    }

    @Test
    void anotherClientsTaskAnswersExactlyAsAMissingOne() {
        ApiReply acme = data.asGlobex("/api/v1/tasks/" + data.acmeTask.id());
        ApiReply missing = data.asGlobex("/api/v1/tasks/999");

        assertThat(acme.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(acme.json().get("detail").asText()).isEqualTo(missing.json().get("detail").asText().replace("999", data.acmeTask.id().toString()));
    }

    @Test
    void noWriteRouteIsOpenToATokenLimitedToAClient() {
        List<String> open = declared(false).stream()
                .filter(route -> route.roles().stream().noneMatch(RequiredScope.class::isInstance)
                        || route.roles().stream().filter(RequiredScope.class::isInstance).map(role -> ((RequiredScope) role).scope())
                                .anyMatch(required -> TwoClients.clientScopes().stream().anyMatch(held -> held.grants(required))))
                .map(route -> route.method() + " " + route.path()).toList();

        assertThat(declared(false)).hasSizeGreaterThan(30);
        assertThat(open).as("write routes a client's token could call").isEmpty();
    }

    @Test
    void everyApiRouteNeedsAScope() {
        List<String> unguarded = data.api.server().routes().stream().filter(route -> route.path().startsWith("/api/v1/"))
                .filter(route -> !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER"))
                .filter(route -> route.roles().stream().noneMatch(RequiredScope.class::isInstance))
                .map(route -> route.method() + " " + route.path()).toList();

        assertThat(unguarded).isEmpty();
        assertThat(TwoClients.clientScopes()).containsExactlyInAnyOrder(Scope.TASKS_READ, Scope.TIME_READ, Scope.BILLING_READ);
    }
}
