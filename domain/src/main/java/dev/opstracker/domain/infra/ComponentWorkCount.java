package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

/**
 * How many tasks a question about work counted on one component.
 *
 * @param componentId the component
 * @param path        where the component is now
 * @param tasks       the distinct tasks counted, zero or more
 */
public record ComponentWorkCount(ComponentId componentId, ComponentPath path, long tasks) {

    public ComponentWorkCount {
        requireNonNull(componentId, "componentId is null");
        requireNonNull(path, "path is null");
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks %d is negative".formatted(tasks));
        }
    }
}
