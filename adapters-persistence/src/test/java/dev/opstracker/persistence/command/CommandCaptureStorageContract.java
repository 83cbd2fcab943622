package dev.opstracker.persistence.command;

import static dev.opstracker.persistence.jooq.Tables.COMMAND_OUTPUT_CHUNK;
import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.task.JooqTaskStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Command capture over the real stores: outputs read back exactly, and no stored byte holds their plaintext or a masked secret. */
abstract class CommandCaptureStorageContract {

    private static final String MARKER = "PLANTED-OUTPUT-MARKER-91c2";
    private static final String SECRET = "hunter2-Sup3rSecret-value";

    private Database database;
    private CommandCapture capture;
    private TaskId task;

    protected abstract Database emptyDatabase();

    @BeforeEach
    void stores() {
        database = emptyDatabase();
        JooqTaskStore tasks = new JooqTaskStore(database);
        capture = new CommandCapture(tasks, new JooqCommandRunStore(database), new JooqOutputStore(database), new JdkCipher(),
                (spec, stdout, stderr) -> {
                    throw new IOException("not used: runs are recorded here");
                }, CaptureSettings.of("db-test", "tester"));
        task = tasks.add(new NewTask(TaskFixtures.aTask().build(), Instant.parse("2026-11-25T08:00:00Z"))).id();
    }

    private CommandRun record(List<String> argv, byte[] stdout, byte[] stderr) {
        return capture.record(task, new RecordedCommand(argv, "/srv", Map.of("PATH", "/usr/bin", "DB_PASSWORD", SECRET), "db-1", "ops",
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:01Z"), new CommandResult.Exited(0)),
                new ByteArrayInputStream(stdout), new ByteArrayInputStream(stderr));
    }

    private byte[] read(CommandRun run, OutputChannel channel) throws IOException {
        try (InputStream output = capture.openOutput(run.id(), channel)) {
            return output.readAllBytes();
        }
    }

    @Test
    void randomBinaryAndTenMegabytesOfTextReadBackByteForByte() throws IOException {
        byte[] binary = new byte[700_001];
        new Random(9).nextBytes(binary);
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 10 * 1024 * 1024; line++) {
            text.append("2026-11-25T10:00:00Z INFO shipped order ").append(line).append(" to warehouse ").append(line % 13).append('\n');
        }
        byte[] tenMegabytes = text.substring(0, 10 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);

        CommandRun run = record(List.of("export-orders"), tenMegabytes, binary);

        assertThat(read(run, OutputChannel.STDOUT)).isEqualTo(tenMegabytes);
        assertThat(read(run, OutputChannel.STDERR)).isEqualTo(binary);
    }

    @Test
    void noStoredColumnHoldsAnOutputsPlaintextOrAMaskedSecret() {
        byte[] output = (MARKER + " password=" + SECRET + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
        record(List.of("psql", "--password", SECRET, "-c", "select 1"), output, output);

        for (Record row : database.dsl().selectFrom(COMMAND_RUN).fetch()) {
            assertNoPlaintext(row);
        }
        for (Record row : database.dsl().selectFrom(COMMAND_OUTPUT_CHUNK).fetch()) {
            assertNoPlaintext(row);
        }
    }

    private static void assertNoPlaintext(Record row) {
        for (Object value : row.intoArray()) {
            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
            assertThat(text).doesNotContain(MARKER).doesNotContain(SECRET);
        }
    }
}
