package dev.opstracker.application.testing;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.BillingConflicts;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link BillingStore} in memory, for tests: one lock makes every call atomic; values are immutable records, so none is aliased. */
public final class InMemoryBillingStore implements BillingStore {

    /** As the database orders them: "any" (null) first, then by code, activity name and date. */
    private static final Comparator<HourlyRate> RATE_ORDER = Comparator.comparing((HourlyRate rate) -> orEmpty(rate.client()))
            .thenComparing(rate -> orEmpty(rate.project())).thenComparing(rate -> rate.activity() == null ? "" : rate.activity().wireName())
            .thenComparing(HourlyRate::validFrom);

    private final Map<String, Client> clients = new TreeMap<>();
    // Keyed "client/code": a code holds no '/', so no two projects share a key.
    private final Map<String, Project> projects = new TreeMap<>();
    private final List<HourlyRate> rates = new ArrayList<>();

    @Override
    public synchronized Client addClient(Client client, HourlyRate firstRate) {
        if (clients.containsKey(client.code().value())) {
            throw BillingConflicts.duplicateClient(client.code());
        }
        requireFree(firstRate);
        clients.put(client.code().value(), client);
        if (firstRate != null) {
            rates.add(firstRate);
        }
        return client;
    }

    @Override
    public synchronized Client updateClient(Client client) {
        if (clients.replace(client.code().value(), client) == null) {
            throw BillingConflicts.unknownClient(client.code());
        }
        return client;
    }

    @Override
    public synchronized Optional<Client> client(BillingCode code) {
        return Optional.ofNullable(clients.get(code.value()));
    }

    @Override
    public synchronized List<Client> clients() {
        return List.copyOf(clients.values());
    }

    @Override
    public synchronized Project addProject(Project project, HourlyRate firstRate) {
        if (!clients.containsKey(project.client().value())) {
            throw BillingConflicts.unknownClient(project.client());
        }
        if (projects.containsKey(key(project.client(), project.code()))) {
            throw BillingConflicts.duplicateProject(project);
        }
        requireFree(firstRate);
        projects.put(key(project.client(), project.code()), project);
        if (firstRate != null) {
            rates.add(firstRate);
        }
        return project;
    }

    @Override
    public synchronized Project updateProject(Project project) {
        if (projects.replace(key(project.client(), project.code()), project) == null) {
            throw BillingConflicts.unknownProject(project.client(), project.code());
        }
        return project;
    }

    @Override
    public synchronized Optional<Project> project(BillingCode client, BillingCode code) {
        return Optional.ofNullable(projects.get(key(client, code)));
    }

    @Override
    public synchronized List<Project> projects(BillingCode client) {
        return projects.values().stream().filter(project -> client == null || project.client().equals(client))
                .sorted(Comparator.comparing((Project project) -> project.client().value()).thenComparing(project -> project.code().value())).toList();
    }

    @Override
    public synchronized HourlyRate addRate(HourlyRate rate) {
        requireFree(rate);
        rates.add(rate);
        return rate;
    }

    private void requireFree(HourlyRate rate) {
        if (rate != null && rates.stream().anyMatch(stored -> RATE_ORDER.compare(stored, rate) == 0)) {
            throw BillingConflicts.duplicateRate(rate);
        }
    }

    @Override
    public synchronized List<HourlyRate> rates() {
        return rates.stream().sorted(RATE_ORDER).toList();
    }

    private static String key(BillingCode client, BillingCode code) {
        return client.value() + "/" + code.value();
    }

    private static String orEmpty(BillingCode code) {
        return code == null ? "" : code.value();
    }
}
