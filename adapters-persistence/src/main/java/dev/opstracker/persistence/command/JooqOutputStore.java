package dev.opstracker.persistence.command;

import static dev.opstracker.persistence.jooq.Tables.COMMAND_OUTPUT_CHUNK;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.persistence.Database;
import java.sql.PreparedStatement;
import java.util.List;
import org.jooq.DSLContext;

/** An {@link OutputStore} in the {@code command_output_chunk} table; each call is one statement. */
public final class JooqOutputStore implements OutputStore {

    private final DSLContext dsl;
    /** Rendered once: a large output is many chunk inserts, and rendering each took as long as H2 took to store it. */
    private final String insert;

    public JooqOutputStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
        this.insert = dsl.render(dsl.insertInto(COMMAND_OUTPUT_CHUNK, COMMAND_OUTPUT_CHUNK.RUN_ID, COMMAND_OUTPUT_CHUNK.CHANNEL,
                COMMAND_OUTPUT_CHUNK.SEQUENCE_NO, COMMAND_OUTPUT_CHUNK.SEALED).values((Long) null, null, null, null));
    }

    @Override
    public void put(CommandRunId run, OutputChannel channel, int sequence, byte[] sealedChunk) {
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setLong(1, run.value());
                statement.setString(2, channel.wireName());
                statement.setInt(3, sequence);
                statement.setBytes(4, sealedChunk);
                statement.executeUpdate();
            }
        });
    }

    @Override
    public List<byte[]> read(CommandRunId run, OutputChannel channel, int from, int max) {
        return dsl.select(COMMAND_OUTPUT_CHUNK.SEALED).from(COMMAND_OUTPUT_CHUNK)
                .where(COMMAND_OUTPUT_CHUNK.RUN_ID.eq(run.value()), COMMAND_OUTPUT_CHUNK.CHANNEL.eq(channel.wireName()),
                        COMMAND_OUTPUT_CHUNK.SEQUENCE_NO.ge(from))
                .orderBy(COMMAND_OUTPUT_CHUNK.SEQUENCE_NO)
                .limit(max)
                .fetch(COMMAND_OUTPUT_CHUNK.SEALED);
    }

    @Override
    public void discard(CommandRunId run) {
        dsl.deleteFrom(COMMAND_OUTPUT_CHUNK).where(COMMAND_OUTPUT_CHUNK.RUN_ID.eq(run.value())).execute();
    }
}
