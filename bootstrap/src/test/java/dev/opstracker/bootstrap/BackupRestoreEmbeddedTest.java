package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.backup.BackupManifest;
import dev.opstracker.bootstrap.backup.BackupSummary;
import dev.opstracker.bootstrap.backup.RestoreSummary;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken through the library while a writer keeps working, restored into an empty directory and compared with the original. */
class BackupRestoreEmbeddedTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path temporary;

    @Test
    void aBackupTakenWhileWritesGoOnRestoresIntoAnEmptyDirectoryWithEverythingReadableAndTheSame() throws Exception {
        Path live = temporary.resolve("live");
        Path restored = temporary.resolve("restored");
        Path file = temporary.resolve("opstracker.backup");
        Map<TaskId, byte[]> written = new ConcurrentHashMap<>();
        Set<TaskId> writtenBeforeBackup;
        DataSnapshot original;
        RunbookSlug slug;
        BackupSummary backup;
        try (OpsTracker ops = OpsTracker.embedded(live)) {
            slug = BackupSeed.seed(ops);
            ExecutorService executor = Executors.newSingleThreadExecutor();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch warmedUp = new CountDownLatch(3);
            Future<?> writer = executor.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    TaskId task = ops.tasks().create(TaskDetails.titled(BackupSeed.LOAD_PREFIX + n)).id();
                    byte[] output = BackupSeed.randomBytes(100_000 + n, n);
                    BackupSeed.record(ops, task, n, List.of("tar", "czf", "-", "/var/log/" + n), new ByteArrayInputStream(output), null);
                    written.put(task, output);
                    warmedUp.countDown();
                }
                return null;
            });
            assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
            writtenBeforeBackup = Set.copyOf(written.keySet());

            backup = ops.backup(file, PASSPHRASE, (entry, bytes, complete) -> { });

            int afterBackup = written.size();
            while (written.size() < afterBackup + 2) {
                Thread.sleep(20);
            }
            stop.set(true);
            writer.get(60, TimeUnit.SECONDS);
            executor.shutdown();
            original = DataSnapshot.of(ops, slug);
        }

        RestoreSummary restore = OpsTracker.restore(file, restored, PASSPHRASE, (entry, bytes, complete) -> { });

        assertThat(backup.manifest().entries()).extracting(BackupManifest.Entry::name)
                .containsExactly("opstracker.mv.db", "master-keys.bcfks", "master-keys.password", "runbooks.bundle");
        assertThat(restore.manifest()).isEqualTo(backup.manifest());
        assertThat(restore.describe()).startsWith("Restored into " + restored + ": the embedded database at schema version ");
        try (OpsTracker ops = OpsTracker.embedded(restored)) {
            DataSnapshot copy = DataSnapshot.of(ops, slug);
            assertThat(copy).isEqualTo(original);
            assertThat(copy.versions()).hasSize(2);
            assertThat(copy.outputs()).hasSize(10);
            assertThat(copy.outputs().values()).anyMatch(output -> output.remaining() == 200_000);
            assertThat(ops.commands().verify().intact()).isTrue();

            List<Task> loadTasks = DataSnapshot.allTasks(ops).stream()
                    .filter(task -> task.details().title().startsWith(BackupSeed.LOAD_PREFIX)).toList();
            Set<TaskId> restoredLoad = loadTasks.stream().map(Task::id).collect(Collectors.toSet());
            assertThat(restoredLoad).containsAll(writtenBeforeBackup).isSubsetOf(written.keySet()).hasSizeLessThan(written.size());
            for (TaskId task : restoredLoad) {
                for (CommandRun run : ops.commands().ofTask(task, PageRequest.first(10)).items()) {
                    assertThat(DataSnapshot.output(ops, run, OutputChannel.STDOUT)).as("output of %s", task).isEqualTo(written.get(task));
                }
            }
        }
    }

    @Test
    void theBackupFileHoldsNoPlainTextAndNothingIsLeftBesideItOrInTheDataDirectory() throws Exception {
        Path live = temporary.resolve("live");
        Path directory = Files.createDirectories(temporary.resolve("backups"));
        try (OpsTracker ops = OpsTracker.embedded(live)) {
            BackupSeed.seed(ops);
            ops.backup(directory.resolve("nightly.backup"), PASSPHRASE, (entry, bytes, complete) -> { });
        }

        String content = new String(Files.readAllBytes(directory.resolve("nightly.backup")), StandardCharsets.ISO_8859_1);
        assertThat(content).startsWith("OTSEALED").doesNotContain("manifest.json").doesNotContain("Tune ACME").doesNotContain("CrashLoopBackOff");
        try (Stream<Path> beside = Files.list(directory); Stream<Path> inData = Files.list(live)) {
            assertThat(beside.map(path -> path.getFileName().toString())).containsExactly("nightly.backup");
            assertThat(inData.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".backup-"));
        }
    }
}
