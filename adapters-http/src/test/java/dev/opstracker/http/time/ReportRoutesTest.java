package dev.opstracker.http.time;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.time.TimerRoutesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.CreateProjectCommand;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.http.ApiReply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports through a line-per-report-line stand-in writer: what the route hands the use case, and what it refuses before writing. */
class ReportRoutesTest {

    private static final String REPORT = "/api/v1/reports/time?from=2026-11-01&to=2026-12-01";

    private final TimeApi api = new TimeApi();
    private final String billing = api.api.issueNamed("accountant", Scope.BILLING_READ);

    @BeforeEach
    void acmeBillsNinetyEuroAnHour() {
        BillingCode acme = new BillingCode("ACME");
        api.api.billing().createClient(new CreateClientCommand(new Client(acme, "Acme Corp", Currency.getInstance("EUR"), Rounding.NONE),
                Money.of("90", "EUR"), null));
        api.api.billing().createProject(CreateProjectCommand.of(new Project(acme, new BillingCode("acme-k8s"), "Kubernetes", null)));
        // 1 h 30 min for marcus, 45 min for dana: 2 h 15 min = 8,100 s, 202.50 EUR at 90 EUR an hour.
        api.addEntry(api.marcus, "2026-11-02T09:00:00Z", "2026-11-02T10:30:00Z");
        api.addEntry(api.dana, "2026-11-03T22:30:00Z", "2026-11-03T23:15:00Z");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aReportCoversEveryUsersTimeByMonthPricedByTheClientsRate() {
        ApiReply reply = api.get(billing, REPORT);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).isEqualToIgnoringWhitespace("application/json; charset=utf-8");
        assertThat(reply.header("Content-Disposition")).isNull();
        assertThat(reply.body().lines()).containsExactly("json", "2026-11-01 8100 8100 8100 202.50 EUR 0", "total 8100 8100 8100 202.50 EUR 0");
    }

    @Test
    void anImposedRoundingAndDailyBucketsInBerlinApplyToTheReport() {
        ApiReply reply = api.get(billing, REPORT + "&groupBy=day&tz=Europe/Berlin&rounding=up/30/entry");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        // Dana's 45 min from 23:30 Berlin time are cut at midnight, 30 + 15 min, and each piece rounds up to 30 min.
        assertThat(reply.body().lines()).containsExactly("json", "2026-11-02 5400 5400 5400 135.00 EUR 0", "2026-11-03 1800 1800 1800 45.00 EUR 0",
                "2026-11-04 900 900 1800 45.00 EUR 0", "total 8100 8100 9000 225.00 EUR 0");
    }

    @Test
    void aCsvFormatIsAnAttachmentNamedForItsRangeAndOneUserMayBeChosen() {
        ApiReply reply = api.get(billing, REPORT + "&format=harvest&user=dana");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).isEqualToIgnoringWhitespace("text/csv; charset=utf-8");
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"time-2026-11-01-2026-12-01.csv\"");
        assertThat(reply.body().lines()).containsExactly("harvest", "dana 2026-11-03T22:30:00Z 2026-11-03T23:15:00Z Upgrade prod-eks to 1.31");
    }

    @Test
    void badParametersAreRefusedNamingTheParameterAndValue() {
        assertInvalid(api.get(billing, REPORT + "&tz=Mars/Base"), "tz", "Mars/Base");
        assertInvalid(api.get(billing, REPORT + "&groupBy=year"), "groupBy", "year");
        assertInvalid(api.get(billing, REPORT + "&format=xls"), "format", "xls");
        assertInvalid(api.get(billing, REPORT + "&rounding=sideways/7/entry"), "rounding", "sideways/7/entry");
        assertInvalid(api.get(billing, REPORT + "&rounding=up/7/entry"), "rounding", "up/7/entry");
        assertInvalid(api.get(billing, "/api/v1/reports/time?from=2026-12-01&to=2026-11-01"), "to", null);
        assertInvalid(api.get(billing, "/api/v1/reports/time?from=yesterday&to=2026-11-01"), "from", "yesterday");
        assertInvalid(api.get(billing, "/api/v1/reports/time?to=2026-11-01"), "from", null);
        assertInvalid(api.get(billing, REPORT + "&dateFormat=" + URLEncoder.encode("HH:mm", StandardCharsets.UTF_8) + "&format=clockify"),
                "dateFormat", "HH:mm");
        assertInvalid(api.get(billing, REPORT + "&project=acme-k8s"), "project", "acme-k8s");
        assertInvalid(api.get(billing, REPORT + "&colour=blue"), "colour", null);
    }

    @Test
    void readingReportsNeedsBillingRead() {
        assertProblem(api.get(api.marcus, REPORT), 403);
        assertProblem(api.get(api.auditor, REPORT), 403);
        assertThat(api.get(api.root, REPORT).status()).isEqualTo(200);
    }
}
