package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.BillingCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report prices and rounds by: the rates, and each client's and project's rounding rule (a
 * project's own rule over its client's, no rule: none). A report may also impose one rule on all.
 */
public final class BillingTerms {

    private final Map<BillingCode, Client> clients = new HashMap<>();
    private final Map<List<BillingCode>, Project> projects = new HashMap<>();
    private final RateCard rates;
    private final Rounding imposed;

    public BillingTerms(List<Client> clients, List<Project> projects, RateCard rates) {
        this(clients, projects, rates, null);
    }

    private BillingTerms(List<Client> clients, List<Project> projects, RateCard rates, Rounding imposed) {
        clients.forEach(client -> this.clients.put(client.code(), client));
        projects.forEach(project -> this.projects.put(List.of(project.client(), project.code()), project));
        this.rates = requireNonNull(rates, "rates is null");
        this.imposed = imposed;
    }

    /** Terms with no clients, no projects, the given rates, and {@code rounding} for all time. */
    public static BillingTerms uniform(Rounding rounding, RateCard rates) {
        return new BillingTerms(List.of(), List.of(), rates, requireNonNull(rounding, "rounding is null"));
    }

    /** The same rates, with {@code rounding} for all time in place of each client's and project's rule. */
    public BillingTerms roundingAll(Rounding rounding) {
        return new BillingTerms(List.copyOf(clients.values()), List.copyOf(projects.values()), rates, requireNonNull(rounding, "rounding is null"));
    }

    public RateCard rates() {
        return rates;
    }

    /** The rule rounding billable time of this client and project. */
    public Rounding roundingFor(BillingCode client, BillingCode project) {
        if (imposed != null) {
            return imposed;
        }
        if (client == null) {
            return Rounding.NONE;
        }
        Project known = project == null ? null : projects.get(List.of(client, project));
        if (known != null && known.rounding() != null) {
            return known.rounding();
        }
        Client knownClient = clients.get(client);
        return knownClient == null ? Rounding.NONE : knownClient.rounding();
    }

    /** The client of this code, or null when none is known (its time shows unpriced unless a rate names the code). */
    public Client client(BillingCode code) {
        return code == null ? null : clients.get(code);
    }
}
