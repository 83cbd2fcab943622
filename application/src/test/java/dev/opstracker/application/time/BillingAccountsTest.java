package dev.opstracker.application.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.application.testing.InMemoryBillingStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BillingAccountsTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode GLOBEX = new BillingCode("GLOBEX");
    private static final BillingCode K8S = new BillingCode("acme-k8s");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Client ACME_EUR = new Client(ACME, "Acme", EUR, new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0));
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private final InMemoryBillingStore store = new InMemoryBillingStore();
    private final BillingAccounts accounts = new BillingAccounts(store);

    private static DomainException.InvalidInput invalid(Throwable thrown) {
        assertThat(thrown).isInstanceOf(DomainException.InvalidInput.class);
        return (DomainException.InvalidInput) thrown;
    }

    @Test
    void aClientCreatedWithARateIsPricedAtItAlwaysUnlessADateIsGiven() {
        accounts.createClient(new CreateClientCommand(ACME_EUR, Money.of("95.50", "EUR"), null));
        accounts.createClient(new CreateClientCommand(new Client(GLOBEX, null, EUR, null), Money.of("120", "EUR"), JULY));

        assertThat(accounts.client(ACME)).isEqualTo(ACME_EUR);
        assertThat(accounts.rates()).containsExactly(new HourlyRate(Money.of("95.50", "EUR"), BillingAccounts.ALWAYS, ACME, null, null),
                new HourlyRate(Money.of("120", "EUR"), JULY, GLOBEX, null, null));
        assertThat(accounts.terms().rates().rateFor(ACME, null, Activity.OTHER, LocalDate.of(2001, 1, 1))).isPresent();
    }

    @Test
    void aClientCreatedWithoutARateHasNone() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));

        assertThat(accounts.clients()).containsExactly(ACME_EUR);
        assertThat(accounts.rates()).isEmpty();
    }

    @Test
    void aClientsRateInAnotherCurrencyIsRefusedAndNothingIsStored() {
        Throwable thrown = catchThrowable(
                () -> accounts.createClient(new CreateClientCommand(ACME_EUR, Money.of("100", "USD"), null)));

        assertThat(invalid(thrown).field()).isEqualTo("currency");
        assertThat(invalid(thrown).value()).isEqualTo("USD");
        assertThat(thrown).hasMessageContaining("EUR");
        assertThat(accounts.clients()).isEmpty();
    }

    @Test
    void aClientsRateTheDomainRefusesStoresNoClient() {
        assertThatThrownBy(() -> accounts.createClient(new CreateClientCommand(ACME_EUR, Money.of("1.23456", "EUR"), null)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("perHour"));
        assertThat(accounts.clients()).isEmpty();
    }

    @Test
    void aRateDateWithoutARateOrACommandWithoutAClientIsRefused() {
        assertThatThrownBy(() -> new CreateClientCommand(ACME_EUR, null, JULY))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("rateValidFrom"));
        assertThatThrownBy(() -> new CreateClientCommand(null, null, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("client"));
        assertThatThrownBy(() -> new CreateProjectCommand(null, null, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("project"));
    }

    @Test
    void aSecondClientWithTheSameCodeIsADuplicate() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));

        assertThatThrownBy(() -> accounts.createClient(CreateClientCommand.of(ACME_EUR)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"));
    }

    @Test
    void anUnknownClientIsNotFoundByItsCode() {
        assertThatThrownBy(() -> accounts.client(GLOBEX)).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.id()).isEqualTo("GLOBEX"));
        assertThatThrownBy(() -> accounts.updateClient(new Client(GLOBEX, null, EUR, null))).isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("GLOBEX");
        assertThatThrownBy(() -> accounts.projects(GLOBEX)).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("GLOBEX");
    }

    @Test
    void anUpdateChangesNameRoundingAndCurrencyWhileTheClientHasNoRates() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));
        Client changed = new Client(ACME, "Acme Holding", Currency.getInstance("CHF"), null);

        assertThat(accounts.updateClient(changed)).isEqualTo(changed);
        assertThat(accounts.client(ACME)).isEqualTo(changed);
    }

    @Test
    void aClientWithRatesKeepsItsCurrencyButMayBeRenamed() {
        accounts.createClient(new CreateClientCommand(ACME_EUR, Money.of("95", "EUR"), null));

        Throwable thrown = catchThrowable(
                () -> accounts.updateClient(new Client(ACME, "Acme", Currency.getInstance("USD"), null)));

        assertThat(invalid(thrown).field()).isEqualTo("currency");
        assertThat(thrown).hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThat(accounts.updateClient(new Client(ACME, "Acme Renamed", EUR, null)).name()).isEqualTo("Acme Renamed");
    }

    @Test
    void aProjectCreatedWithARateIsPricedAtItOverItsClientsRate() {
        accounts.createClient(new CreateClientCommand(ACME_EUR, Money.of("100", "EUR"), null));
        Project k8s = new Project(ACME, K8S, "Kubernetes", null);

        assertThat(accounts.createProject(new CreateProjectCommand(k8s, Money.of("130", "EUR"), JULY))).isEqualTo(k8s);

        assertThat(accounts.project(ACME, K8S)).isEqualTo(k8s);
        assertThat(accounts.terms().rates().rateFor(ACME, K8S, Activity.CHANGE, JULY)).map(HourlyRate::perHour).contains(Money.of("130", "EUR"));
        assertThat(accounts.terms().rates().rateFor(ACME, K8S, Activity.CHANGE, JULY.minusDays(1))).map(HourlyRate::perHour)
                .contains(Money.of("100", "EUR"));
        assertThat(accounts.terms().roundingFor(ACME, K8S)).isEqualTo(ACME_EUR.rounding());
    }

    @Test
    void aProjectOfAnUnknownClientOrWithARateInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> accounts.createProject(CreateProjectCommand.of(new Project(GLOBEX, K8S, null, null))))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("GLOBEX");
        accounts.createClient(CreateClientCommand.of(ACME_EUR));

        Throwable thrown = catchThrowable(
                () -> accounts.createProject(new CreateProjectCommand(new Project(ACME, K8S, null, null), Money.of("1", "GBP"), null)));

        assertThat(invalid(thrown).field()).isEqualTo("currency");
        assertThat(invalid(thrown).value()).isEqualTo("GBP");
        assertThat(accounts.projects(ACME)).isEmpty();
    }

    @Test
    void projectsAreUpdatedListedAndAnUnknownOneIsNotFound() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));
        accounts.createClient(CreateClientCommand.of(new Client(GLOBEX, null, EUR, null)));
        accounts.createProject(CreateProjectCommand.of(new Project(ACME, K8S, null, null)));
        accounts.createProject(CreateProjectCommand.of(new Project(GLOBEX, K8S, null, null)));
        Project renamed = new Project(ACME, K8S, "Kubernetes", new Rounding(Rounding.Mode.DOWN, 6, Rounding.Scope.DAY, 0));

        assertThat(accounts.updateProject(renamed)).isEqualTo(renamed);

        assertThat(accounts.projects(ACME)).containsExactly(renamed);
        assertThat(accounts.projects(null)).hasSize(2);
        assertThatThrownBy(() -> accounts.project(ACME, new BillingCode("dns"))).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.id()).isEqualTo("ACME/dns"));
        assertThatThrownBy(() -> accounts.updateProject(new Project(ACME, new BillingCode("dns"), null, null)))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aRateIsAddedForAnExistingClientAndProjectInTheClientsCurrency() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));
        accounts.createProject(CreateProjectCommand.of(new Project(ACME, K8S, null, null)));
        HourlyRate incidents = new HourlyRate(Money.of("150", "EUR"), JULY, ACME, K8S, Activity.INCIDENT);

        assertThat(accounts.addRate(incidents)).isEqualTo(incidents);

        assertThat(accounts.rates()).containsExactly(incidents);
        assertThatThrownBy(() -> accounts.addRate(incidents))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate"));
    }

    @Test
    void aRateForAnUnknownClientOrProjectIsNotFound() {
        assertThatThrownBy(() -> accounts.addRate(new HourlyRate(Money.of("1", "EUR"), JULY, GLOBEX, null, null)))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("GLOBEX");
        accounts.createClient(CreateClientCommand.of(ACME_EUR));

        assertThatThrownBy(() -> accounts.addRate(new HourlyRate(Money.of("1", "EUR"), JULY, ACME, K8S, null)))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("ACME/acme-k8s");
        assertThat(accounts.rates()).isEmpty();
    }

    @Test
    void aClientsRateInAnotherCurrencyOrAProjectRateWithoutItsClientIsRefusedByField() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));
        accounts.createProject(CreateProjectCommand.of(new Project(ACME, K8S, null, null)));

        Throwable otherCurrency = catchThrowable(
                () -> accounts.addRate(new HourlyRate(Money.of("100", "USD"), JULY, ACME, null, null)));
        Throwable noClient = catchThrowable(
                () -> accounts.addRate(new HourlyRate(Money.of("100", "EUR"), JULY, null, K8S, null)));

        assertThat(invalid(otherCurrency).field()).isEqualTo("currency");
        assertThat(invalid(otherCurrency).value()).isEqualTo("USD");
        assertThat(invalid(noClient).field()).isEqualTo("client");
        assertThat(noClient).hasMessageContaining("acme-k8s");
        assertThat(accounts.rates()).isEmpty();
    }

    @Test
    void aRateForAnyClientMayBeInAnyCurrency() {
        accounts.createClient(CreateClientCommand.of(ACME_EUR));
        HourlyRate dollars = new HourlyRate(Money.of("70", "USD"), BillingAccounts.ALWAYS, null, null, null);
        HourlyRate meetingsInYen = new HourlyRate(Money.of("9000", "JPY"), JULY, null, null, Activity.MEETING);

        accounts.addRate(dollars);
        accounts.addRate(meetingsInYen);

        assertThat(accounts.rates()).containsExactly(dollars, meetingsInYen);
        assertThat(accounts.terms().rates().rateFor(GLOBEX, null, Activity.MEETING, JULY)).contains(meetingsInYen);
    }
}
