package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.BillingTerms;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BillingStore} must do; adapters run it against their database. */
public abstract class BillingStoreContract {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode GLOBEX = new BillingCode("GLOBEX");
    private static final BillingCode K8S = new BillingCode("k8s");
    private static final BillingCode DNS = new BillingCode("dns");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Rounding NEAREST_6_PER_DAY = new Rounding(Rounding.Mode.NEAREST, 6, Rounding.Scope.DAY, 30);
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    private BillingStore store;

    protected abstract BillingStore emptyStore();

    @BeforeEach
    void store() {
        store = emptyStore();
    }

    private static Client client(BillingCode code) {
        return new Client(code, code + " Ltd", EUR, Rounding.NONE);
    }

    private static HourlyRate rate(String amount, LocalDate from, BillingCode client, BillingCode project, Activity activity) {
        return new HourlyRate(Money.of(amount, "EUR"), from, client, project, activity);
    }

    @Test
    void aClientReadsBackWithItsCurrencyAndEveryPartOfItsRounding() {
        Client acme = new Client(ACME, "Acme Corp", Currency.getInstance("JPY"), NEAREST_6_PER_DAY);

        assertThat(store.addClient(acme)).isEqualTo(acme);

        assertThat(store.client(ACME)).contains(acme);
        assertThat(store.client(GLOBEX)).isEmpty();
    }

    @Test
    void aSecondClientWithTheSameCodeIsADuplicateAndChangesNothing() {
        store.addClient(client(ACME));

        assertThatThrownBy(() -> store.addClient(new Client(ACME, "Other", Currency.getInstance("USD"), null)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"))
                .hasMessageContaining("ACME");
        assertThat(store.client(ACME)).contains(client(ACME));
    }

    @Test
    void concurrentAddsOfOneClientStoreItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> adds = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                adds.add(pool.submit(() -> store.addClient(client(ACME))));
            }
            int stored = 0;
            for (Future<?> add : adds) {
                try {
                    add.get();
                    stored++;
                } catch (java.util.concurrent.ExecutionException failure) {
                    assertThat(failure.getCause()).isInstanceOfSatisfying(DomainException.Conflict.class,
                            conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"));
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(store.clients()).containsExactly(client(ACME));
    }

    @Test
    void anUpdateReplacesNameCurrencyAndRoundingAndAnUnknownClientIsNotFound() {
        store.addClient(client(ACME));
        Client changed = new Client(ACME, "Acme Holding", Currency.getInstance("CHF"), NEAREST_6_PER_DAY);

        assertThat(store.updateClient(changed)).isEqualTo(changed);

        assertThat(store.client(ACME)).contains(changed);
        assertThatThrownBy(() -> store.updateClient(client(GLOBEX))).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("GLOBEX");
        assertThat(store.client(GLOBEX)).isEmpty();
    }

    @Test
    void clientsAreListedByCode() {
        store.addClient(client(GLOBEX));
        store.addClient(client(ACME));
        store.addClient(client(new BillingCode("INITECH")));

        assertThat(store.clients()).extracting(Client::code).containsExactly(ACME, GLOBEX, new BillingCode("INITECH"));
    }

    @Test
    void aProjectOfAnUnknownClientIsNotFound() {
        assertThatThrownBy(() -> store.addProject(new Project(ACME, K8S, "Kubernetes", null))).isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("ACME");
        assertThat(store.projects(null)).isEmpty();
    }

    @Test
    void aProjectReadsBackWithItsOwnRoundingOrNone() {
        store.addClient(client(ACME));
        Project k8s = new Project(ACME, K8S, "Kubernetes", NEAREST_6_PER_DAY);
        Project dns = new Project(ACME, DNS, null, null);

        assertThat(store.addProject(k8s)).isEqualTo(k8s);
        store.addProject(dns);

        assertThat(store.project(ACME, K8S)).contains(k8s);
        assertThat(store.project(ACME, DNS)).hasValueSatisfying(project -> {
            assertThat(project.rounding()).isNull();
            assertThat(project.name()).isEqualTo("dns");
        });
        assertThat(store.project(GLOBEX, K8S)).isEmpty();
    }

    @Test
    void projectCodesAreUniqueWithinAClientButMayRepeatAcrossClients() {
        store.addClient(client(ACME));
        store.addClient(client(GLOBEX));
        store.addProject(new Project(ACME, K8S, "Kubernetes", null));

        assertThatThrownBy(() -> store.addProject(new Project(ACME, K8S, "Again", null)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"))
                .hasMessageContaining("k8s");
        Project globexK8s = store.addProject(new Project(GLOBEX, K8S, "Globex Kubernetes", null));

        assertThat(store.project(GLOBEX, K8S)).contains(globexK8s);
        assertThat(store.project(ACME, K8S)).hasValueSatisfying(project -> assertThat(project.name()).isEqualTo("Kubernetes"));
    }

    @Test
    void aProjectUpdateReplacesNameAndRoundingAndAnUnknownProjectIsNotFound() {
        store.addClient(client(ACME));
        store.addProject(new Project(ACME, K8S, "Kubernetes", NEAREST_6_PER_DAY));
        Project changed = new Project(ACME, K8S, "Kubernetes platform", null);

        assertThat(store.updateProject(changed)).isEqualTo(changed);

        assertThat(store.project(ACME, K8S)).contains(changed);
        assertThatThrownBy(() -> store.updateProject(new Project(ACME, DNS, null, null))).isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("dns");
        assertThatThrownBy(() -> store.updateProject(new Project(GLOBEX, K8S, null, null))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void projectsOfOneClientAreListedByCodeAndOfEveryClientByClientThenCode() {
        store.addClient(client(GLOBEX));
        store.addClient(client(ACME));
        store.addProject(new Project(GLOBEX, DNS, null, null));
        store.addProject(new Project(ACME, K8S, null, null));
        store.addProject(new Project(GLOBEX, new BillingCode("backup"), null, null));
        store.addProject(new Project(ACME, DNS, null, null));

        assertThat(store.projects(GLOBEX)).extracting(Project::code).containsExactly(new BillingCode("backup"), DNS);
        assertThat(store.projects(null)).extracting(project -> project.client() + "/" + project.code())
                .containsExactly("ACME/dns", "ACME/k8s", "GLOBEX/backup", "GLOBEX/dns");
        assertThat(store.projects(new BillingCode("NOBODY"))).isEmpty();
    }

    @Test
    void ratesForAnyClientProjectOrActivityReadBackExactly() {
        store.addClient(client(ACME));
        store.addProject(new Project(ACME, K8S, null, null));
        HourlyRate global = rate("80", LocalDate.of(2000, 1, 1), null, null, null);
        HourlyRate client = rate("95.50", JANUARY, ACME, null, null);
        HourlyRate incidents = rate("150.1234", JANUARY, ACME, K8S, Activity.INCIDENT);
        HourlyRate anyClientMeetings = new HourlyRate(Money.of("60", "USD"), LocalDate.of(2026, 2, 28), null, null, Activity.MEETING);

        assertThat(store.addRate(client)).isEqualTo(client);
        store.addRate(incidents);
        store.addRate(anyClientMeetings);
        store.addRate(global);

        assertThat(store.rates()).containsExactlyInAnyOrder(global, client, incidents, anyClientMeetings);
        assertThat(store.rates()).filteredOn(stored -> stored.activity() == Activity.INCIDENT).singleElement()
                .satisfies(stored -> assertThat(stored.perHour()).hasToString("150.1234 EUR"));
        assertThat(store.rates()).filteredOn(stored -> stored.client() != null && stored.project() == null).singleElement().satisfies(stored -> {
            assertThat(stored.perHour()).isEqualTo(Money.of("95.50", "EUR"));
            assertThat(stored.perHour()).hasToString("95.50 EUR");
            assertThat(stored.validFrom()).isEqualTo(JANUARY);
            assertThat(stored.activity()).isNull();
        });
    }

    @Test
    void ratesAreListedOldestFirstWithinEachClientProjectAndActivity() {
        HourlyRate later = rate("110", LocalDate.of(2026, 7, 1), ACME, null, null);
        HourlyRate earlier = rate("100", JANUARY, ACME, null, null);
        HourlyRate global = rate("80", JANUARY, null, null, null);
        store.addRate(later);
        store.addRate(global);
        store.addRate(earlier);

        List<HourlyRate> rates = store.rates();

        assertThat(rates).hasSize(3);
        assertThat(rates.indexOf(earlier)).isLessThan(rates.indexOf(later));
    }

    @Test
    void aRateForTheSameClientProjectAndActivityFromTheSameDateIsADuplicateEvenWhenTheyAreAny() {
        store.addRate(rate("100", JANUARY, ACME, K8S, Activity.INCIDENT));
        store.addRate(rate("80", JANUARY, null, null, null));

        assertThatThrownBy(() -> store.addRate(rate("101", JANUARY, ACME, K8S, Activity.INCIDENT)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"))
                .hasMessageContaining("2026-01-01");
        assertThatThrownBy(() -> store.addRate(rate("81", JANUARY, null, null, null)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"));
        store.addRate(rate("102", JANUARY, ACME, K8S, null));
        store.addRate(rate("103", JANUARY, ACME, null, Activity.INCIDENT));
        store.addRate(rate("104", JANUARY.plusDays(1), ACME, K8S, Activity.INCIDENT));
        store.addRate(rate("105", JANUARY, null, K8S, Activity.INCIDENT));

        assertThat(store.rates()).hasSize(6);
    }

    @Test
    void termsPriceByTheMostSpecificRateValidOnTheDayAndRoundByTheProjectsRule() {
        store.addClient(new Client(ACME, "Acme", EUR, new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0)));
        store.addProject(new Project(ACME, K8S, null, NEAREST_6_PER_DAY));
        store.addRate(rate("80", LocalDate.of(2000, 1, 1), null, null, null));
        store.addRate(rate("100", JANUARY, ACME, null, null));
        store.addRate(rate("120", LocalDate.of(2026, 7, 1), ACME, K8S, null));

        BillingTerms terms = store.terms();

        assertThat(terms.rates().rateFor(ACME, K8S, Activity.CHANGE, LocalDate.of(2026, 6, 30))).map(HourlyRate::perHour).contains(Money.of("100", "EUR"));
        assertThat(terms.rates().rateFor(ACME, K8S, Activity.CHANGE, LocalDate.of(2026, 7, 1))).map(HourlyRate::perHour).contains(Money.of("120", "EUR"));
        assertThat(terms.rates().rateFor(GLOBEX, null, Activity.CHANGE, LocalDate.of(2025, 1, 1))).map(HourlyRate::perHour).contains(Money.of("80", "EUR"));
        assertThat(terms.roundingFor(ACME, K8S)).isEqualTo(NEAREST_6_PER_DAY);
        assertThat(terms.client(ACME).name()).isEqualTo("Acme");
    }

    @Test
    void unicodeNamesUpToTheLimitReadBackExactly() {
        String name = ("Ünïcødé 株式会社 🚀 Zürich ").repeat(10).substring(0, 199) + "é";
        String projectName = "🚀".repeat(100);
        store.addClient(new Client(ACME, name, EUR, null));
        store.addProject(new Project(ACME, K8S, projectName, null));

        assertThat(store.client(ACME).orElseThrow().name()).isEqualTo(name).hasSize(200);
        assertThat(store.project(ACME, K8S).orElseThrow().name()).isEqualTo(projectName);
    }

    @Test
    void aClientOrProjectWithARefusedFirstRateIsNotStoredAtAll() {
        HourlyRate global = new HourlyRate(Money.of("80", "EUR"), LocalDate.of(2026, 1, 1), new BillingCode("GHOST"), null, null);
        store.addRate(global);

        assertThatThrownBy(() -> store.addClient(new Client(new BillingCode("GHOST"), "Ghost", Currency.getInstance("EUR"), null), global))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("rate");
        assertThat(store.client(new BillingCode("GHOST"))).isEmpty();

        Client acme = store.addClient(new Client(new BillingCode("ACME"), "Acme", Currency.getInstance("EUR"), null),
                new HourlyRate(Money.of("90", "EUR"), LocalDate.of(2026, 1, 1), new BillingCode("ACME"), null, null));
        HourlyRate projectRate = new HourlyRate(Money.of("120", "EUR"), LocalDate.of(2026, 1, 1), acme.code(), new BillingCode("k8s"), null);
        store.addRate(projectRate);
        assertThatThrownBy(() -> store.addProject(new Project(acme.code(), new BillingCode("k8s"), "Kubernetes", null), projectRate))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("rate");
        assertThat(store.project(acme.code(), new BillingCode("k8s"))).isEmpty();
        assertThat(store.rates()).hasSize(3);
    }
}
