package dev.opstracker.persistence.command;

import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN;
import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN_CHAIN;
import static java.util.Objects.requireNonNull;

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
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.records.CommandRunChainRecord;
import dev.opstracker.persistence.jooq.tables.records.CommandRunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A {@link CommandRunStore} in the {@code command_run} table. Appends lock the one
 * {@code command_run_chain} row, so the chain has one order on every node sharing the database;
 * run ids come from the same row, in short transactions of their own.
 */
public final class JooqCommandRunStore implements CommandRunStore {

    private static final int CHAIN_ROW = 1;
    private static final int VERIFY_BATCH = 500;
    /** Task ids in one IN list of {@link #ofTasks}: well inside both databases' limits on bind values. */
    private static final int TASKS_PER_READ = 500;

    private final DSLContext dsl;

    public JooqCommandRunStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
    }

    @Override
    public CommandRunId reserveId() {
        return CommandRunId.of(dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            db.update(COMMAND_RUN_CHAIN).set(COMMAND_RUN_CHAIN.NEXT_RUN_ID, COMMAND_RUN_CHAIN.NEXT_RUN_ID.plus(1))
                    .where(COMMAND_RUN_CHAIN.ID.eq(CHAIN_ROW)).execute();
            return db.select(COMMAND_RUN_CHAIN.NEXT_RUN_ID).from(COMMAND_RUN_CHAIN).where(COMMAND_RUN_CHAIN.ID.eq(CHAIN_ROW))
                    .fetchSingle(COMMAND_RUN_CHAIN.NEXT_RUN_ID) - 1;
        }));
    }

    @Override
    public CommandRun add(CommandRun run) {
        requireNonNull(run, "run is null");
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            CommandRunChainRecord head = db.selectFrom(COMMAND_RUN_CHAIN).where(COMMAND_RUN_CHAIN.ID.eq(CHAIN_ROW)).forUpdate().fetchSingle();
            // Every append holds the chain row, so this check and the insert cannot interleave with another append.
            if (db.fetchExists(COMMAND_RUN, COMMAND_RUN.ID.eq(run.id().value()))) {
                throw new DomainException.Conflict("duplicate-run", "command run %s is stored already".formatted(run.id()));
            }
            CommandRun linked = run.chainedAfter(head.getLastHash());
            long position = head.getLastPosition() + 1;
            db.insertInto(COMMAND_RUN).set(CommandRunRows.toRecord(linked, position)).execute();
            db.update(COMMAND_RUN_CHAIN).set(COMMAND_RUN_CHAIN.LAST_POSITION, position).set(COMMAND_RUN_CHAIN.LAST_HASH, linked.recordHash())
                    .where(COMMAND_RUN_CHAIN.ID.eq(CHAIN_ROW)).execute();
            return linked;
        });
    }

    @Override
    public Optional<CommandRun> find(CommandRunId id) {
        return dsl.selectFrom(COMMAND_RUN).where(COMMAND_RUN.ID.eq(requireNonNull(id, "id is null").value())).fetchOptional()
                .map(CommandRunRows::toRun);
    }

    @Override
    public Page<CommandRun> search(CommandRunQuery query, PageRequest page) {
        requireNonNull(query, "query is null");
        requireNonNull(page, "page is null");
        Condition matches = matching(query);
        Condition after = DSL.noCondition();
        if (page.cursor() != null) {
            Instant lastStart = dsl.select(COMMAND_RUN.STARTED_AT).from(COMMAND_RUN).where(COMMAND_RUN.ID.eq(page.afterId()))
                    .fetchOptional(COMMAND_RUN.STARTED_AT)
                    .orElseThrow(() -> new DomainException.InvalidInput("cursor", page.cursor(), "is not a cursor returned by a previous page"));
            after = COMMAND_RUN.STARTED_AT.gt(lastStart).or(COMMAND_RUN.STARTED_AT.eq(lastStart).and(COMMAND_RUN.ID.gt(page.afterId())));
        }
        List<CommandRun> runs = dsl.selectFrom(COMMAND_RUN).where(matches, after)
                .orderBy(COMMAND_RUN.STARTED_AT, COMMAND_RUN.ID)
                .limit(page.limit() + 1)
                .fetch(CommandRunRows::toRun);
        return Page.ofLookahead(runs, page, () -> dsl.fetchCount(COMMAND_RUN, matches), run -> run.id().value());
    }

    private static Condition matching(CommandRunQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (!query.tasks().isEmpty()) {
            conditions.add(COMMAND_RUN.TASK_ID.in(query.tasks().stream().map(TaskId::value).toList()));
        }
        if (query.host() != null) {
            conditions.add(COMMAND_RUN.HOST.eq(query.host()));
        }
        if (query.user() != null) {
            conditions.add(COMMAND_RUN.OS_USER.eq(query.user()));
        }
        if (query.exit() != null) {
            conditions.add(switch (query.exit()) {
                case "ok" -> COMMAND_RUN.EXIT_CODE.eq(0);
                case "failed" -> COMMAND_RUN.EXIT_CODE.isNull().or(COMMAND_RUN.EXIT_CODE.ne(0));
                default -> COMMAND_RUN.EXIT_CODE.eq(query.exitCode());
            });
        }
        if (query.from() != null) {
            conditions.add(COMMAND_RUN.STARTED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(COMMAND_RUN.STARTED_AT.lt(query.to()));
        }
        if (query.text() != null) {
            conditions.add(COMMAND_RUN.DISPLAY.contains(query.text()));
        }
        return DSL.and(conditions);
    }

    @Override
    public List<CommandRun> ofTasks(Set<TaskId> tasks) {
        List<Long> ids = tasks.stream().map(TaskId::value).sorted().toList();
        List<CommandRun> found = new ArrayList<>();
        // Ordered by the task index's own columns, so the database reads each task's runs off that index.
        for (int from = 0; from < ids.size(); from += TASKS_PER_READ) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + TASKS_PER_READ));
            found.addAll(dsl.selectFrom(COMMAND_RUN).where(COMMAND_RUN.TASK_ID.in(chunk))
                    .orderBy(COMMAND_RUN.TASK_ID, COMMAND_RUN.STARTED_AT, COMMAND_RUN.ID)
                    .fetch(CommandRunRows::toRun));
        }
        return found;
    }

    @Override
    public List<CommandRun> underKey(String keyName, long afterId, int limit) {
        return dsl.selectFrom(COMMAND_RUN).where(COMMAND_RUN.KEY_NAME.eq(keyName), COMMAND_RUN.ID.gt(afterId))
                .orderBy(COMMAND_RUN.ID).limit(limit).fetch(CommandRunRows::toRun);
    }

    @Override
    public boolean replaceDataKey(CommandRunId id, WrappedKey expected, WrappedKey replacement) {
        // The chain leaves the wrapped key out, so replacing it keeps every record hash valid.
        return dsl.update(COMMAND_RUN)
                .set(COMMAND_RUN.KEY_NAME, replacement.keyName())
                .set(COMMAND_RUN.KEY_VERSION, replacement.keyVersion())
                .set(COMMAND_RUN.WRAPPED_KEY, replacement.wrapped())
                .where(COMMAND_RUN.ID.eq(id.value()), COMMAND_RUN.KEY_NAME.eq(expected.keyName()), COMMAND_RUN.KEY_VERSION.eq(expected.keyVersion()),
                        COMMAND_RUN.WRAPPED_KEY.eq(expected.wrapped()))
                .execute() == 1;
    }

    @Override
    public ChainReport verify() {
        long checked = 0;
        long position = 0;
        String previous = null;
        while (true) {
            List<CommandRunRecord> batch = dsl.selectFrom(COMMAND_RUN).where(COMMAND_RUN.CHAIN_POSITION.gt(position))
                    .orderBy(COMMAND_RUN.CHAIN_POSITION).limit(VERIFY_BATCH).fetch();
            if (batch.isEmpty()) {
                return new ChainReport(checked, Optional.empty());
            }
            List<CommandRun> runs = new ArrayList<>();
            for (CommandRunRecord row : batch) {
                try {
                    runs.add(CommandRunRows.toRun(row));
                } catch (RuntimeException unreadable) {
                    // A row edited into values no run can hold: the runs before it are checked first.
                    Optional<RunChain.Break> before = RunChain.firstBreak(runs, previous);
                    return new ChainReport(checked + runs.size() + 1, before.isPresent() ? before : Optional.of(new RunChain.Break(
                            CommandRunId.of(row.getId()), "its stored fields are unreadable: it was changed after it was stored")));
                }
            }
            Optional<RunChain.Break> broken = RunChain.firstBreak(runs, previous);
            if (broken.isPresent()) {
                return new ChainReport(checked + runs.size(), broken);
            }
            checked += runs.size();
            previous = runs.get(runs.size() - 1).recordHash();
            position = batch.get(batch.size() - 1).getChainPosition();
        }
    }
}
