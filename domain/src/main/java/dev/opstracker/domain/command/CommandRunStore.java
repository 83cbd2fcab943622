package dev.opstracker.domain.command;

import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where command runs are kept, linked in one hash chain per store ({@link RunChain}). Safe for
 * concurrent use; each call is atomic.
 */
public interface CommandRunStore {

    /** An id never handed out before, for a run whose outputs are stored (under this id) before the run itself. */
    CommandRunId reserveId();

    /**
     * Stores a run as the newest link of the chain and returns it with its {@code previousHash}
     * and {@code recordHash}; appends are serialised, so the chain has one order.
     *
     * @throws DomainException.Conflict (reason {@code duplicate-run}) when a run with this id is stored
     */
    CommandRun add(CommandRun run);

    Optional<CommandRun> find(CommandRunId id);

    /**
     * The runs matching {@code query}, by start then id, a page at a time; a page's cursor is the id
     * of its last run, and the next page starts after that run's (start, id).
     *
     * @throws DomainException.InvalidInput (field {@code cursor}) when the cursor names no stored run
     */
    Page<CommandRun> search(CommandRunQuery query, PageRequest page);

    /**
     * Every run of each of {@code tasks}, grouped by task (ascending id), each task's runs by start then
     * id: the reads of work that needs whole tasks (runbook generation), many tasks in one read.
     */
    List<CommandRun> ofTasks(Set<TaskId> tasks);

    /** Up to {@code limit} runs whose data key is wrapped under master key {@code keyName}, by id, after run id {@code afterId}. */
    List<CommandRun> underKey(String keyName, long afterId, int limit);

    /**
     * Replaces a run's wrapped data key (key rotation), only while it still is {@code expected}:
     * false, and nothing changed, when another writer replaced it first or the run is gone.
     */
    boolean replaceDataKey(CommandRunId id, WrappedKey expected, WrappedKey replacement);

    /** Walks the whole chain in storage order; reports the first run that does not verify. */
    ChainReport verify();

    /** What a chain walk found: how many runs it checked, and the first break, if any. */
    record ChainReport(long checked, Optional<RunChain.Break> firstBreak) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }
}
