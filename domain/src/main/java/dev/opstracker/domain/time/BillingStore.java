package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.util.List;
import java.util.Optional;

/**
 * Where clients, their projects and the hourly rates are kept. Rates are only ever added: a new
 * rate is valid from a date on, so time already invoiced keeps the rate it had. Each call is
 * atomic; safe for concurrent use, also by several nodes on one database: keys, not checks before
 * a write, decide duplicates ({@link BillingConflicts}). Codes are ordered by their characters
 * (binary), so {@code ACME} comes before {@code acme}. The store checks no references of a rate:
 * whether its client and project exist and its currency is theirs is the caller's rule.
 */
public interface BillingStore {

    /**
     * Stores a new client and, when {@code firstRate} is given, its first rate, as one write: when
     * either is refused neither is stored.
     *
     * @throws DomainException.Conflict (reason {@code duplicate}) when a client with its code, or the same rate, exists
     */
    Client addClient(Client client, HourlyRate firstRate);

    /** Stores a new client without a rate. */
    default Client addClient(Client client) {
        return addClient(client, null);
    }

    /**
     * Replaces the stored client of the same code (name, currency, rounding).
     *
     * @throws DomainException.NotFound when there is no such client
     */
    Client updateClient(Client client);

    Optional<Client> client(BillingCode code);

    /** Every client, by code. */
    List<Client> clients();

    /**
     * Stores a new project of an existing client and, when {@code firstRate} is given, its first
     * rate, as one write: when either is refused neither is stored.
     *
     * @throws DomainException.NotFound when its client does not exist
     * @throws DomainException.Conflict (reason {@code duplicate}) when the client has a project with its code, or the same rate exists
     */
    Project addProject(Project project, HourlyRate firstRate);

    /** Stores a new project without a rate. */
    default Project addProject(Project project) {
        return addProject(project, null);
    }

    /**
     * Replaces the stored project of the same client and code (name, rounding).
     *
     * @throws DomainException.NotFound when there is no such project
     */
    Project updateProject(Project project);

    Optional<Project> project(BillingCode client, BillingCode code);

    /** The projects of a client ({@code client} null: of every client), by client code then code. */
    List<Project> projects(BillingCode client);

    /**
     * Adds an hourly rate.
     *
     * @throws DomainException.Conflict (reason {@code duplicate}) when a rate for the same client,
     *                                  project and activity is already valid from the same date
     */
    HourlyRate addRate(HourlyRate rate);

    /**
     * Every rate, oldest first within each client, project and activity (those for any client,
     * project or activity before those naming one). An amount reads back equal to the one stored
     * and at least at the currency's minor unit: 95.50 EUR stays 95.50 EUR.
     */
    List<HourlyRate> rates();

    /** What reports price and round by: every client, project and rate. */
    default BillingTerms terms() {
        return new BillingTerms(clients(), projects(null), new RateCard(rates()));
    }
}
