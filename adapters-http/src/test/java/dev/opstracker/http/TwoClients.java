package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.CreateProjectCommand;
import dev.opstracker.application.time.NewEntry;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A running API holding two clients' data: ACME's (every text carries {@link #MARKER}, its entry lasts
 * {@value #ACME_SECONDS} s) and GLOBEX's, plus a token limited to GLOBEX holding every scope such a
 * token may hold. ACME's task is finished, with a command run, a linked component, an entry, history
 * and a runbook learnt from it.
 */
final class TwoClients implements AutoCloseable {

    /** In every text of ACME's data, in this case, and in nothing of GLOBEX's. */
    static final String MARKER = "acmesecret";
    /** The length of ACME's entry, which appears in nothing of GLOBEX's. */
    static final long ACME_SECONDS = 4_033;
    static final long GLOBEX_SECONDS = 1_800;
    static final BillingCode ACME = new BillingCode("ACME");
    static final BillingCode GLOBEX = new BillingCode("GLOBEX");

    final RunningApi api = RunningApi.start();
    final Task acmeTask;
    final Task globexTask;
    final long acmeEntry;
    final long acmeRun;
    final Component acmeHost;
    final String acmeRunbook;
    final String globexPortal = api.issueForClient("globex portal", GLOBEX.value(), Scope.TASKS_READ, Scope.TIME_READ, Scope.BILLING_READ);

    TwoClients() {
        client(ACME, "Acmesecret GmbH", "p-a1", "Acmesecret project");
        client(GLOBEX, "Globex Corp", "p-g1", "Globex project");
        acmeTask = api.tasks().create(TaskFixtures.aTask().titled("acmesecret: rotate the TLS certificates").forClient("ACME").forProject("p-a1")
                .build());
        globexTask = api.tasks().create(TaskFixtures.aTask().titled("Globex visible task").forClient("GLOBEX").forProject("p-g1").build());
        acmeEntry = entry(acmeTask, "acmesecret-worker", "2026-11-10T09:00:00Z", ACME_SECONDS, ACME, "acmesecret: renewed the certificates");
        entry(globexTask, "globex-worker", "2026-11-10T11:00:00Z", GLOBEX_SECONDS, GLOBEX, "Globex visible note");
        acmeRun = CommandRunFixtures.ran(api.commandRuns(), acmeTask.id(), "acmesecret-worker", "2026-11-10T09:05:00Z", "2026-11-10T09:06:00Z",
                "certbot renew --cert-name acmesecret.example.com").id().value();
        acmeHost = api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("service", "acmesecret-edge").withProvider(Provider.AWS), null));
        api.links().link(acmeTask.id(), acmeHost.id(), LinkRole.AFFECTED);
        api.tasks().changeStatus(new ChangeTaskStatusCommand(acmeTask.id(), TaskStatus.DONE, "acmesecret: done", OptionalLong.empty()));
        ApiReply runbook = api.post("/api/v1/runbooks", "{\"title\": \"Acmesecret certificate renewal\", \"taskIds\": [%d]}"
                .formatted(acmeTask.id().value())).bearer(api.issue(Scope.RUNBOOKS_WRITE)).send();
        assertThat(runbook.status()).as("%s", runbook).isEqualTo(201);
        acmeRunbook = runbook.json().get("slug").asText();
    }

    private void client(BillingCode code, String name, String project, String projectName) {
        Currency euro = Currency.getInstance("EUR");
        api.billing().createClient(new CreateClientCommand(new Client(code, name, euro, Rounding.NONE), Money.of("90", "EUR"), null));
        api.billing().createProject(new CreateProjectCommand(new Project(code, new BillingCode(project), projectName, null), null, null));
    }

    private long entry(Task task, String user, String start, long seconds, BillingCode client, String note) {
        Instant from = Instant.parse(start);
        return api.time().add(new NewEntry(task.id(), user, from, from.plusSeconds(seconds), ZoneOffset.UTC, client, null, true, note,
                Activity.MAINTENANCE)).id().value();
    }

    /** What GLOBEX's token gets for {@code path}. */
    ApiReply asGlobex(String path) {
        return api.get(path).bearer(globexPortal).send();
    }

    /**
     * Whether the body holds anything of ACME's: the marker (in any case) or its entry's length, alone or
     * summed with GLOBEX's. What the request itself said is left out first (a problem names its path as
     * the instance, and the value it refuses): echoing the caller's words leaks nothing.
     */
    static boolean leaksAcme(String path, String body) {
        String shown = body.replace(path.split("\\?")[0], "");
        if (path.contains("?")) {
            for (String parameter : path.substring(path.indexOf('?') + 1).split("&")) {
                shown = shown.replace(parameter.substring(parameter.indexOf('=') + 1), "");
            }
        }
        shown = shown.toLowerCase(Locale.ROOT);
        return shown.contains(MARKER) || shown.contains(Long.toString(ACME_SECONDS)) || shown.contains(Long.toString(ACME_SECONDS + GLOBEX_SECONDS));
    }

    /** The scopes a token limited to a client may hold. */
    static Set<Scope> clientScopes() {
        return dev.opstracker.application.security.TokenService.CLIENT_SCOPES;
    }

    @Override
    public void close() {
        api.close();
    }
}
