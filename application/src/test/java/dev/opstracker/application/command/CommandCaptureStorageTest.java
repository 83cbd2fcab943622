package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandSpec;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandCaptureStorageTest {

    private static final int PRESSURE_CAP = 64 * 1024;
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final InMemoryOutputStore outputs = new InMemoryOutputStore();
    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final StorageWatch storage = new StorageWatch(disk, StorageSettings.DEFAULT.withPressureOutputCap(PRESSURE_CAP),
            MutableClock.at("2026-11-25T08:00:00Z"), StorageWatch.Listener.NONE);
    private final TaskId task = tasks.add(new NewTask(TaskFixtures.aTask().build(), Instant.parse("2026-11-25T08:00:00Z"))).id();
    private final byte[] twoHundredKib = letters(200 * 1024);
    private final ScriptedRunner runner = new ScriptedRunner(twoHundredKib, "small".getBytes(StandardCharsets.UTF_8), new CommandResult.Exited(0));
    private final CommandCapture capture = new CommandCapture(tasks, runs, outputs, new JdkCipher(), runner,
            CaptureSettings.of("ops-box", "marcus").withOutputCap(1024 * 1024), storage);

    private static byte[] letters(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static CommandSpec spec() {
        return new CommandSpec(List.of("pg_dump", "shop"), Path.of("/srv"), Map.of(), null);
    }

    private static String read(InputStream stream) throws IOException {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withRoomOnDiskAnOutputUnderTheConfiguredCapIsKeptWhole() throws IOException {
        CommandRun run = capture.run(task, spec());

        assertThat(run.stdout().truncated()).isFalse();
        assertThat(read(capture.openOutput(run.id(), OutputChannel.STDOUT))).isEqualTo(new String(twoHundredKib, StandardCharsets.UTF_8));
    }

    @Test
    void pastTheWarningLevelALargeOutputIsKeptAsHeadAndTailAroundAMarkerSayingWhyAndTheRunRecordsIt() throws IOException {
        disk.nearlyFull();

        CommandRun run = capture.run(task, spec());
        String kept = read(capture.openOutput(run.id(), OutputChannel.STDOUT));

        assertThat(run.stdout().truncated()).isTrue();
        assertThat(run.stdout().size()).isEqualTo(twoHundredKib.length);
        assertThat(run.stdout().sha256()).isEqualTo(Sha256.hex(twoHundredKib));
        assertThat(kept).hasSize((int) run.stdout().keptBytes());
        String whole = new String(twoHundredKib, StandardCharsets.UTF_8);
        assertThat(kept).startsWith(whole.substring(0, PRESSURE_CAP / 2)).endsWith(whole.substring(whole.length() - PRESSURE_CAP / 2));
        assertThat(kept).contains("[opstracker: 139,264 bytes cut here (storage was nearly full, so 65,536 bytes were kept whole); "
                + "the whole output was 204,800 bytes, sha256 " + Sha256.hex(twoHundredKib) + "]");
        assertThat(run.stderr().truncated()).as("a small output stays whole").isFalse();
        assertThat(capture.get(run.id()).stdout().truncated()).as("as stored").isTrue();
    }

    @Test
    void aRecordedRunIsTruncatedUnderPressureToo() {
        disk.nearlyFull();

        CommandRun run = capture.record(task, recorded(), new ByteArrayInputStream(twoHundredKib), InputStream.nullInputStream());

        assertThat(run.stdout().truncated()).isTrue();
        assertThat(run.stdout().keptBytes()).isLessThan(PRESSURE_CAP + 300);
    }

    @Test
    void pastTheCriticalLevelNoCommandRunsAndNothingIsStored() {
        disk.full();

        assertThatThrownBy(() -> capture.run(task, spec())).isInstanceOf(DomainException.StorageFull.class);
        assertThatThrownBy(() -> capture.record(task, recorded(), new ByteArrayInputStream(twoHundredKib), InputStream.nullInputStream()))
                .isInstanceOf(DomainException.StorageFull.class).hasMessageContaining("changes are refused");
        assertThatThrownBy(capture::requireRoom).isInstanceOf(DomainException.StorageFull.class);

        assertThat(runner.lastSpec).as("the command never ran").isNull();
        assertThat(capture.ofTask(task, PageRequest.first(10)).items()).isEmpty();
    }

    private static RecordedCommand recorded() {
        Instant start = Instant.parse("2026-11-25T07:00:00Z");
        return new RecordedCommand(List.of("pg_dump", "shop"), "/", Map.of(), "db-1", "postgres", start, start.plusSeconds(3),
                new CommandResult.Exited(0));
    }
}
