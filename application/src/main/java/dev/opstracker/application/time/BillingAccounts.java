package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.BillingConflicts;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.BillingTerms;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Project;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Who time is billed to and at what price: clients (with their currency and rounding), their
 * projects, and hourly rates, which are only ever added, each valid from a date on. A client's
 * rates are all in its currency; a rate for any client may be in any currency. Past the critical
 * storage level its changes are refused ({@link StorageWatch}).
 */
public final class BillingAccounts {

    /** The date a rate given without one is valid from: before any time OpsTracker can have recorded. */
    public static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    private final BillingStore store;
    private final StorageWatch storage;

    /** Billing accounts that do not watch storage. */
    public BillingAccounts(BillingStore store) {
        this(store, StorageWatch.unwatched());
    }

    @Inject
    public BillingAccounts(BillingStore store, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Stores a new client and, when the command carries one, its client-wide rate (the command has
     * checked that rate's currency).
     *
     * @throws DomainException.InvalidInput (field {@code perHour}) when the rate is finer than a rate is kept
     * @throws DomainException.Conflict     (reason {@code duplicate}) when a client with its code exists
     */
    public Client createClient(CreateClientCommand command) {
        storage.requireRoomToWrite();
        Client client = command.client();
        // Built before the client is stored, so a rate the domain refuses stores nothing.
        HourlyRate rate = command.hourlyRate() == null ? null : new HourlyRate(command.hourlyRate(), command.rateValidFrom(), client.code(), null, null);
        return store.addClient(client, rate);
    }

    /**
     * Replaces a client's name, currency and rounding.
     *
     * @throws DomainException.NotFound when there is no such client
     * @throws DomainException.InvalidInput (field {@code currency}) when the client has rates in its
     *                                      current currency: they would no longer add up with new ones
     */
    public Client updateClient(Client client) {
        storage.requireRoomToWrite();
        Client stored = client(client.code());
        if (!stored.currency().equals(client.currency()) && rates().stream().anyMatch(rate -> client.code().equals(rate.client()))) {
            throw new DomainException.InvalidInput("currency", client.currency().getCurrencyCode(),
                    "client %s has rates in %s; its currency stays".formatted(client.code(), stored.currency().getCurrencyCode()));
        }
        return store.updateClient(client);
    }

    /** @throws DomainException.NotFound naming the code when there is no such client */
    public Client client(BillingCode code) {
        return store.client(requireNonNull(code, "code is null")).orElseThrow(() -> BillingConflicts.unknownClient(code));
    }

    /** Every client, by code. */
    public List<Client> clients() {
        return store.clients();
    }

    /**
     * Stores a new project of an existing client and, when the command carries one, its project-wide rate.
     *
     * @throws DomainException.NotFound     when its client does not exist
     * @throws DomainException.InvalidInput (field {@code currency}) when the rate is not in the client's currency
     * @throws DomainException.Conflict     (reason {@code duplicate}) when the client has a project with its code
     */
    public Project createProject(CreateProjectCommand command) {
        storage.requireRoomToWrite();
        Project project = command.project();
        Client client = client(project.client());
        HourlyRate rate = null;
        if (command.hourlyRate() != null) {
            InitialRates.requireCurrency(client, command.hourlyRate());
            rate = new HourlyRate(command.hourlyRate(), command.rateValidFrom(), project.client(), project.code(), null);
        }
        return store.addProject(project, rate);
    }

    /**
     * Replaces a project's name and rounding.
     *
     * @throws DomainException.NotFound when there is no such project
     */
    public Project updateProject(Project project) {
        storage.requireRoomToWrite();
        return store.updateProject(project);
    }

    /** @throws DomainException.NotFound naming the client and code when there is no such project */
    public Project project(BillingCode client, BillingCode code) {
        return store.project(requireNonNull(client, "client is null"), requireNonNull(code, "code is null"))
                .orElseThrow(() -> BillingConflicts.unknownProject(client, code));
    }

    /**
     * The projects of a client by code, or of every client ({@code client} null) by client code then code.
     *
     * @throws DomainException.NotFound when the client does not exist
     */
    public List<Project> projects(BillingCode client) {
        if (client != null) {
            client(client);
        }
        return store.projects(client);
    }

    /**
     * Adds an hourly rate. A rate naming a client is in that client's currency, and a rate naming a
     * project names its client too (a project's code is unique only within its client).
     *
     * @throws DomainException.NotFound     when the client or the project does not exist
     * @throws DomainException.InvalidInput (field {@code currency}) when the rate is not in its client's
     *                                      currency; (field {@code client}) when a project is named without it
     * @throws DomainException.Conflict     (reason {@code duplicate}) when a rate for the same client,
     *                                      project and activity is valid from the same date already
     */
    public HourlyRate addRate(HourlyRate rate) {
        storage.requireRoomToWrite();
        requireNonNull(rate, "rate is null");
        if (rate.client() == null && rate.project() != null) {
            throw new DomainException.InvalidInput("client", null, "a rate for project %s names the project's client".formatted(rate.project()));
        }
        if (rate.client() != null) {
            InitialRates.requireCurrency(client(rate.client()), rate.perHour());
        }
        if (rate.project() != null) {
            project(rate.client(), rate.project());
        }
        return store.addRate(rate);
    }

    /** Every rate, oldest first within each client, project and activity. */
    public List<HourlyRate> rates() {
        return store.rates();
    }

    /** What reports price and round by: every client, project and rate as stored now. */
    public BillingTerms terms() {
        return store.terms();
    }
}
