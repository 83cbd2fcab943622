package dev.opstracker.http.time;

import static dev.opstracker.http.time.TimerRoutesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.http.ApiReply;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operations cost report over HTTP: a row per matching component with its tasks' work and time priced. */
class OperationsCostRoutesTest {

    private static final String OPERATIONS = "/api/v1/reports/operations?from=2026-11-01&to=2026-12-01";

    private final TimeApi api = new TimeApi();
    private final String accountant = api.api.issueNamed("accountant", Scope.BILLING_READ);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void eachClusterShowsTheTimeOnTasksLinkedBelowItPricedByItsClientsRate() {
        api.api.billing().createClient(new CreateClientCommand(new Client(new BillingCode("ACME"), "Acme", Currency.getInstance("EUR"), Rounding.NONE),
                Money.of("90", "EUR"), null));
        Component aws = api.api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS),
                null));
        Component cluster = api.api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("cluster", "prod-eks"), aws.id()));
        Component service = api.api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("service", "checkout"), cluster.id()));
        api.api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("cluster", "idle"), aws.id()));
        api.api.links().link(api.task.id(), service.id(), LinkRole.AFFECTED);
        api.addEntry(api.marcus, "2026-11-02T09:00:00Z", "2026-11-02T10:30:00Z");

        ApiReply reply = api.get(accountant, OPERATIONS + "&components=kind:cluster&tz=Europe/Berlin");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode rows = reply.json().get("items");
        assertThat(rows).hasSize(2);
        JsonNode busy = rows.get(1).get("path").asText().equals("aws/prod-eks") ? rows.get(1) : rows.get(0);
        assertThat(busy.get("path").asText()).isEqualTo("aws/prod-eks");
        assertThat(busy.get("seconds").asLong()).isEqualTo(5_400);
        assertThat(busy.get("amounts").get(0).get("amount").asText()).isEqualTo("135.00");
        assertThat(busy.get("amounts").get(0).get("currency").asText()).isEqualTo("EUR");
        JsonNode idle = busy == rows.get(0) ? rows.get(1) : rows.get(0);
        assertThat(idle.get("seconds").asLong()).isZero();
        assertThat(idle.get("meanSecondsToResolve").isNull()).isTrue();
    }

    @Test
    void theReportNeedsItsNodesAndIsRefusedToATokenLimitedToOneClient() {
        assertInvalid(api.get(accountant, OPERATIONS), "components", null);
        assertInvalid(api.get(accountant, OPERATIONS + "&components=kind:("), "components", "kind:(");
        ApiReply limited = api.get(api.api.issueForClient("acme portal", "ACME", Scope.BILLING_READ), OPERATIONS + "&components=kind:cluster");

        assertThat(limited.status()).as("%s", limited).isEqualTo(403);
        assertThat(api.get(api.marcus, OPERATIONS + "&components=kind:cluster").status()).isEqualTo(403);
    }
}
