package dev.opstracker.http.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.http.ApiReply;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A token limited to one client reads that client's time, reports and billing setup, nothing of another's, and writes nothing. */
class ClientBoundTokenTest {

    private static final String REPORT = "/api/v1/reports/time?from=2026-11-01&to=2026-12-01";

    private final TimeApi api = new TimeApi();
    private final String acmePortal = api.api.issueForClient("acme portal", "ACME", Scope.BILLING_READ, Scope.TIME_READ);
    private final String globexPortal = api.api.issueForClient("globex portal", "GLOBEX", Scope.BILLING_READ, Scope.TIME_READ);
    private long acmeEntry;

    @BeforeEach
    void twoClientsAndAnHourOfAcmeTime() {
        for (String code : new String[] {"ACME", "GLOBEX"}) {
            api.api.billing().createClient(new CreateClientCommand(new Client(new BillingCode(code), code, Currency.getInstance("EUR"), Rounding.NONE),
                    Money.of("90", "EUR"), null));
        }
        // The task bills ACME.
        acmeEntry = api.addEntry(api.marcus, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aClientsTokenGetsItsOwnReportAndAnotherClientsTokenNoneOfIt() {
        ApiReply acme = api.get(acmePortal, REPORT);
        ApiReply globex = api.get(globexPortal, REPORT);

        assertThat(acme.status()).as("%s", acme).isEqualTo(200);
        assertThat(acme.body()).contains("3600");
        assertThat(globex.status()).as("%s", globex).isEqualTo(200);
        assertThat(globex.body()).doesNotContain("3600");
    }

    @Test
    void namingAnotherClientIsForbiddenAndItsSetupDoesNotExist() {
        ApiReply report = api.get(globexPortal, REPORT + "&client=ACME");
        ApiReply clients = api.get(globexPortal, "/api/v1/clients");

        assertThat(report.status()).as("%s", report).isEqualTo(403);
        assertThat(report.body()).contains("limited to client GLOBEX");
        assertThat(clients.json().get("items")).hasSize(1);
        assertThat(clients.json().get("items").get(0).get("code").asText()).isEqualTo("GLOBEX");
        assertThat(api.get(globexPortal, "/api/v1/clients/ACME").status()).isEqualTo(404);
        assertThat(api.get(acmePortal, "/api/v1/clients/ACME").status()).isEqualTo(200);
        assertThat(api.get(globexPortal, "/api/v1/projects?client=ACME").status()).isEqualTo(403);
    }

    @Test
    void aClientsTokenWritesNoTimeAndSeesNoOtherClientsEntry() {
        ApiReply start = api.start(globexPortal, "{\"taskId\": %d}".formatted(api.task.id().value()));

        // Such a token can hold no write scope at all.
        assertThat(start.status()).as("%s", start).isEqualTo(403);
        assertThat(api.get(globexPortal, TimeApi.ENTRIES + "/" + acmeEntry).status()).isEqualTo(404);
    }
}
