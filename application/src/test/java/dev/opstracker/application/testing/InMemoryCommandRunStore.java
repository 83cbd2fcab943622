package dev.opstracker.application.testing;

import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.RunChain;
import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link CommandRunStore} in memory, for tests; {@link #replaceBehindTheStore} edits a stored run as a database UPDATE would. */
public final class InMemoryCommandRunStore implements CommandRunStore {

    private static final Comparator<CommandRun> TIME_ORDER = Comparator.comparing(CommandRun::startedAt).thenComparing(run -> run.id().value());

    private final AtomicLong ids = new AtomicLong();
    /** In storage (chain) order. */
    private final Map<CommandRunId, CommandRun> runs = new LinkedHashMap<>();
    private String lastHash;

    @Override
    public CommandRunId reserveId() {
        return CommandRunId.of(ids.incrementAndGet());
    }

    @Override
    public synchronized CommandRun add(CommandRun run) {
        if (runs.containsKey(run.id())) {
            throw new DomainException.Conflict("duplicate-run", "command run %s is stored already".formatted(run.id()));
        }
        CommandRun linked = run.chainedAfter(lastHash);
        runs.put(linked.id(), linked);
        lastHash = linked.recordHash();
        return linked;
    }

    @Override
    public synchronized Optional<CommandRun> find(CommandRunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized Page<CommandRun> search(CommandRunQuery query, PageRequest page) {
        List<CommandRun> matching = runs.values().stream().filter(query::matches).sorted(TIME_ORDER).toList();
        int start = startIndex(matching, page);
        List<CommandRun> slice = matching.subList(start, Math.min(matching.size(), start + page.limit() + 1));
        boolean more = slice.size() > page.limit();
        List<CommandRun> items = more ? slice.subList(0, page.limit()) : slice;
        return new Page<>(List.copyOf(items), more ? RunCursor.after(items.get(items.size() - 1)) : null, matching.size(), true);
    }

    @Override
    public synchronized List<CommandRun> ofTasks(Set<TaskId> tasks) {
        return runs.values().stream().filter(run -> tasks.contains(run.taskId()))
                .sorted(Comparator.comparingLong((CommandRun run) -> run.taskId().value()).thenComparing(TIME_ORDER)).toList();
    }

    @Override
    public synchronized List<CommandRun> underKey(String keyName, long afterId, int limit) {
        return runs.values().stream().filter(run -> run.dataKey().keyName().equals(keyName) && run.id().value() > afterId)
                .sorted(Comparator.comparingLong(run -> run.id().value())).limit(limit).toList();
    }

    @Override
    public synchronized boolean replaceDataKey(CommandRunId id, WrappedKey expected, WrappedKey replacement) {
        CommandRun stored = runs.get(id);
        if (stored == null || !stored.dataKey().equals(expected)) {
            return false;
        }
        runs.put(id, stored.withDataKey(replacement));
        return true;
    }

    @Override
    public synchronized ChainReport verify() {
        List<CommandRun> inOrder = new ArrayList<>(runs.values());
        return new ChainReport(inOrder.size(), RunChain.firstBreak(inOrder, null));
    }

    /** Changes or removes (null) a stored run without touching the chain, as an edit behind the application's back would. */
    public synchronized void replaceBehindTheStore(CommandRunId id, CommandRun replacement) {
        if (replacement == null) {
            runs.remove(id);
        } else {
            runs.replace(id, replacement);
        }
    }

    /**
     * The keyset cursor of a time-ordered run list: the id of the last run returned (a page request's
     * cursor is a number); the next page starts after that run's (start, id).
     */
    private static final class RunCursor {
        static String after(CommandRun run) {
            return Long.toString(run.id().value());
        }
    }

    private int startIndex(List<CommandRun> ordered, PageRequest page) {
        if (page.cursor() == null) {
            return 0;
        }
        CommandRun last = runs.get(CommandRunId.of(page.afterId()));
        if (last == null) {
            throw new DomainException.InvalidInput("cursor", page.cursor(), "is not a cursor returned by a previous page");
        }
        int index = 0;
        while (index < ordered.size() && TIME_ORDER.compare(ordered.get(index), last) <= 0) {
            index++;
        }
        return index;
    }
}
