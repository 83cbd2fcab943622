package dev.opstracker.persistence.command;

import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.CommandRunStoreContract;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The command run store contract on the embedded H2 database, and edits made behind the store's back. */
final class JooqCommandRunStoreH2Test extends CommandRunStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    private Database database;

    @Override
    protected CommandRunStore emptyRunStore() {
        database = H2.emptied();
        return new JooqCommandRunStore(database);
    }

    @Override
    protected OutputStore outputStore() {
        return new JooqOutputStore(database);
    }

    @Test
    void verifyNamesARowUpdatedBehindTheApplicationsBack() {
        runs.add(run(1, "web-1", 1, new CommandResult.Exited(0), "true"));
        CommandRun edited = runs.add(run(1, "web-1", 2, new CommandResult.Exited(1), "false"));
        runs.add(run(1, "web-1", 3, new CommandResult.Exited(0), "true"));

        database.dsl().update(COMMAND_RUN).set(COMMAND_RUN.EXIT_CODE, 0).set(COMMAND_RUN.ENDING, "exited:0")
                .where(COMMAND_RUN.ID.eq(edited.id().value())).execute();

        assertThat(runs.verify().firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.runId()).isEqualTo(edited.id());
            assertThat(broken.problem()).contains("changed after it was stored");
        });
    }

    @Test
    void verifyNamesTheRunAfterARowDeletedBehindTheApplicationsBack() {
        runs.add(run(1, "web-1", 1, new CommandResult.Exited(0), "true"));
        CommandRun removed = runs.add(run(1, "web-1", 2, new CommandResult.Exited(1), "rm -rf /tmp/x"));
        CommandRun after = runs.add(run(1, "web-1", 3, new CommandResult.Exited(0), "true"));

        database.dsl().deleteFrom(COMMAND_RUN).where(COMMAND_RUN.ID.eq(removed.id().value())).execute();

        assertThat(runs.verify().firstBreak()).hasValueSatisfying(broken -> assertThat(broken.runId()).isEqualTo(after.id()));
    }
}
