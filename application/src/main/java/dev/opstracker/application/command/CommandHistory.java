package dev.opstracker.application.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A component's command history: the runs of every task linked to it (or, with {@code subtree},
 * to anything below it), across tasks, in time order, a page at a time.
 */
public final class CommandHistory {

    private static final int LINKS_PER_READ = PageRequest.MAX_LIMIT;

    private final ComponentStore components;
    private final CommandRunStore runs;

    @Inject
    public CommandHistory(ComponentStore components, CommandRunStore runs) {
        this.components = requireNonNull(components, "components is null");
        this.runs = requireNonNull(runs, "runs is null");
    }

    /**
     * @throws DomainException.NotFound     when the component does not exist
     * @throws DomainException.InvalidInput when more tasks touched it than one search may name
     */
    public Page<CommandRun> of(ComponentId component, boolean subtree, PageRequest page) {
        requireNonNull(component, "component is null");
        requireNonNull(page, "page is null");
        Set<TaskId> tasks = new LinkedHashSet<>();
        String cursor = null;
        do {
            Page<TaskLink> links = components.linksOfComponent(component, subtree, new PageRequest(LINKS_PER_READ, cursor, false));
            links.items().forEach(link -> tasks.add(link.taskId()));
            if (tasks.size() > CommandRunQuery.MAX_TASKS) {
                throw new DomainException.InvalidInput("component", component.toString(), "more than %,d tasks touched it; search the runs by time range"
                        .formatted(CommandRunQuery.MAX_TASKS));
            }
            cursor = links.next();
        } while (cursor != null);
        if (tasks.isEmpty()) {
            return new Page<>(List.of(), null, 0, true);
        }
        return runs.search(new CommandRunQuery(tasks, null, null, null, null, null, null), page);
    }
}
