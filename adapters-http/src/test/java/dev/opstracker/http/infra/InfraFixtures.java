package dev.opstracker.http.infra;

import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.RunningApi;
import java.util.Map;

/** Arranges components and tasks through the services of a {@link RunningApi}; tests act through HTTP. */
final class InfraFixtures {

    static final String COMPONENTS = "/api/v1/components";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final RunningApi api;

    InfraFixtures(RunningApi api) {
        this.api = api;
    }

    Component root(String kind, String name, Provider provider) {
        return api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of(kind, name).withProvider(provider), null));
    }

    Component child(Component parent, String kind, String name) {
        return api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of(kind, name), parent.id()));
    }

    Component child(Component parent, String kind, String name, Map<String, String> tags) {
        return api.infrastructure().create(new CreateComponentCommand(ComponentDetails.of(kind, name).withTags(tags), parent.id()));
    }

    Task task(String title) {
        return api.tasks().create(TaskFixtures.aTask().titled(title).build());
    }

    static String component(Component component) {
        return COMPONENTS + "/" + component.id();
    }

    static String componentsOf(Task task) {
        return "/api/v1/tasks/" + task.id() + "/components";
    }
}
