package dev.opstracker.http.billing;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients, projects and rates over HTTP: admins set billing up, billing:read reads it. */
class ClientRoutesTest {

    private static final String ACME = """
            {"code": "ACME", "name": "Acme Corp", "currency": "EUR", "hourlyRate": "95.5", "rateValidFrom": "2026-01-01",
             "rounding": {"mode": "up", "minutes": 15, "scope": "entry"}}""";

    private final RunningApi api = RunningApi.start();
    private final String admin = api.issueNamed("root", Scope.ADMIN);
    private final String reader = api.issueNamed("accountant", Scope.BILLING_READ);

    @AfterEach
    void stop() {
        api.close();
    }

    private ApiReply post(String token, String path, String json) {
        return api.post(path, json).bearer(token).send();
    }

    private ApiReply get(String token, String path) {
        return api.get(path).bearer(token).send();
    }

    @Test
    void anAdminCreatesAClientWithARateThatABillingReaderLists() {
        ApiReply created = post(admin, "/api/v1/clients", ACME);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/clients/ACME");
        JsonNode client = get(reader, "/api/v1/clients/ACME").json();
        assertThat(client.get("currency").asText()).isEqualTo("EUR");
        assertThat(client.get("rounding").get("mode").asText()).isEqualTo("up");
        assertThat(client.get("rounding").get("minutes").asInt()).isEqualTo(15);
        assertThat(get(reader, "/api/v1/clients").json().get("items")).extracting(item -> item.get("code").asText()).containsExactly("ACME");
        JsonNode rate = get(reader, "/api/v1/clients/ACME/rates").json().get("items").get(0);
        assertThat(rate.get("hourlyRate").asText()).isEqualTo("95.50");
        assertThat(rate.get("currency").asText()).isEqualTo("EUR");
        assertThat(rate.get("validFrom").asText()).isEqualTo("2026-01-01");
    }

    @Test
    void aDuplicateCodeIsAConflictAndAnUnknownClientIsNotFound() {
        post(admin, "/api/v1/clients", ACME);

        assertProblem(post(admin, "/api/v1/clients", ACME), 409);
        assertProblem(get(reader, "/api/v1/clients/GLOBEX"), 404);
        assertProblem(get(reader, "/api/v1/clients/GLOBEX/rates"), 404);
        assertProblem(post(admin, "/api/v1/clients/GLOBEX/rates", "{\"hourlyRate\": 80}"), 404);
    }

    @Test
    void aRateInAnotherCurrencyAndACurrencyChangeOverExistingRatesAreRefused() {
        post(admin, "/api/v1/clients", ACME);

        JsonNode rate = assertProblem(post(admin, "/api/v1/clients/ACME/rates", "{\"hourlyRate\": 110, \"currency\": \"USD\", \"validFrom\": \"2027-01-01\"}"), 400);
        assertThat(rate.get("field").asText()).isEqualTo("currency");
        assertThat(rate.get("value").asText()).isEqualTo("USD");
        JsonNode change = assertProblem(api.call("PUT", "/api/v1/clients/ACME").bearer(admin)
                .json("{\"name\": \"Acme Corp\", \"currency\": \"USD\"}").send(), 400);
        assertThat(change.get("field").asText()).isEqualTo("currency");
        JsonNode renamed = api.call("PUT", "/api/v1/clients/ACME").bearer(admin).json("{\"name\": \"Acme Inc\", \"currency\": \"EUR\"}").send().json();
        assertThat(renamed.get("name").asText()).isEqualTo("Acme Inc");
        assertThat(renamed.get("rounding").get("mode").asText()).isEqualTo("none");
    }

    @Test
    void aLaterRateAndAProjectWithItsOwnRateAreAdded() {
        post(admin, "/api/v1/clients", ACME);

        assertThat(post(admin, "/api/v1/clients/ACME/rates", "{\"hourlyRate\": \"105\", \"validFrom\": \"2027-01-01\"}").status()).isEqualTo(201);
        ApiReply project = post(admin, "/api/v1/projects", "{\"client\": \"ACME\", \"code\": \"acme-k8s\", \"name\": \"Kubernetes\", \"hourlyRate\": 120}");

        assertThat(project.status()).as("%s", project).isEqualTo(201);
        assertThat(project.header("Location")).isEqualTo("/api/v1/projects/ACME/acme-k8s");
        assertThat(get(reader, "/api/v1/projects/ACME/acme-k8s").json().get("name").asText()).isEqualTo("Kubernetes");
        assertThat(get(reader, "/api/v1/projects?client=ACME").json().get("items")).extracting(item -> item.get("code").asText()).containsExactly("acme-k8s");
        assertThat(get(reader, "/api/v1/clients/ACME/rates").json().get("items")).extracting(item -> item.get("hourlyRate").asText())
                .containsExactlyInAnyOrder("95.50", "105.00", "120.00");
        assertProblem(post(admin, "/api/v1/projects", "{\"client\": \"GLOBEX\", \"code\": \"web\", \"name\": \"Web\"}"), 404);
        assertProblem(post(admin, "/api/v1/projects", "{\"client\": \"ACME\", \"code\": \"acme-k8s\", \"name\": \"Again\"}"), 409);
        assertProblem(get(reader, "/api/v1/projects/ACME/nope"), 404);
        assertProblem(get(reader, "/api/v1/projects?client=GLOBEX"), 404);
    }

    @Test
    void changingBillingNeedsAdminAndReadingItNeedsBillingRead() {
        String timeWriter = api.issueNamed("marcus", Scope.TIME_WRITE);

        assertProblem(post(reader, "/api/v1/clients", ACME), 403);
        assertProblem(get(timeWriter, "/api/v1/clients"), 403);
        assertProblem(post(reader, "/api/v1/projects", "{\"client\": \"ACME\", \"code\": \"web\", \"name\": \"Web\"}"), 403);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        JsonNode currency = assertProblem(post(admin, "/api/v1/clients", "{\"code\": \"ACME\", \"name\": \"Acme\", \"currency\": \"EURO\"}"), 400);
        assertThat(currency.get("field").asText()).isEqualTo("currency");
        JsonNode amount = assertProblem(post(admin, "/api/v1/clients",
                "{\"code\": \"ACME\", \"name\": \"Acme\", \"currency\": \"EUR\", \"hourlyRate\": \"lots\"}"), 400);
        assertThat(amount.get("field").asText()).isEqualTo("hourlyRate");
        JsonNode rounding = assertProblem(post(admin, "/api/v1/clients",
                "{\"code\": \"ACME\", \"name\": \"Acme\", \"currency\": \"EUR\", \"rounding\": {\"mode\": \"up\", \"minutes\": 7}}"), 400);
        assertThat(rounding.get("field").asText()).isEqualTo("rounding.minutes");
        assertThat(get(admin, "/api/v1/clients").json().get("items")).isEmpty();
    }

    @Test
    void aRateWithAHugeExponentIsABadRequestAnsweredAtOnce() {
        post(admin, "/api/v1/clients", ACME);

        JsonNode rate = assertProblem(post(admin, "/api/v1/clients/ACME/rates", "{\"hourlyRate\": \"1e100000000\"}"), 400);

        assertThat(rate.get("field").asText()).isEqualTo("hourlyRate");
    }
}
