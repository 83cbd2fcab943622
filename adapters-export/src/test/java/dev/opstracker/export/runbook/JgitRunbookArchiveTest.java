package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JgitRunbookArchiveTest {

    private static final RunbookSlug DISK = new RunbookSlug("disk-full-on-node");
    private static final RunbookSlug CERT = new RunbookSlug("renew-tls-certificate");
    private static final Instant T1 = Instant.parse("2026-11-02T08:15:30Z");
    private static final Instant T2 = Instant.parse("2026-11-09T14:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-20T23:59:59Z");

    private static final String V1 = """
            {
              "title" : "Disk full on node",
              "steps" : [ "df -h /var", "journalctl --vacuum-size=500M" ]
            }
            """;
    private static final String V2 = """
            {
              "title" : "Disk full on node",
              "steps" : [ "df -h /var", "journalctl --vacuum-size=500M", "docker system prune -f" ]
            }
            """;
    private static final String V3 = """
            {
              "title" : "Disk full on a Kubernetes node",
              "steps" : [ "df -h /var", "journalctl --vacuum-size=200M", "docker system prune -f" ]
            }
            """;

    @TempDir
    Path dataDir;

    private Path directory;
    private JgitRunbookArchive archive;

    @BeforeEach
    void openArchive() {
        directory = dataDir.resolve("runbooks");
        archive = new JgitRunbookArchive(directory);
    }

    @AfterEach
    void closeArchive() {
        archive.close();
    }

    private void saveThreeVersions() {
        archive.save(DISK, V1, "Ada Lovelace", "From tasks T-101, T-102", T1);
        archive.save(DISK, V2, "Grace Hopper", "From tasks T-101, T-102, T-230", T2);
        archive.save(DISK, V3, "Ada Lovelace", "From tasks T-230, T-311", T3);
    }

    @Test
    void savedVersionsAreNumberedFromOneAndListedNewestFirstWithAuthorMessageAndInstant() {
        RunbookVersion first = archive.save(DISK, V1, "Ada Lovelace", "From tasks T-101, T-102", T1);
        archive.save(DISK, V2, "Grace Hopper", "From tasks T-101, T-102, T-230", T2);
        RunbookVersion third = archive.save(DISK, V3, "Ada Lovelace", "From tasks T-230, T-311", T3);

        assertThat(first.number()).isEqualTo(1);
        assertThat(third.number()).isEqualTo(3);
        List<RunbookVersion> versions = archive.versions(DISK);
        assertThat(versions).extracting(RunbookVersion::number).containsExactly(3, 2, 1);
        assertThat(versions).extracting(RunbookVersion::author).containsExactly("Ada Lovelace", "Grace Hopper", "Ada Lovelace");
        assertThat(versions).extracting(RunbookVersion::message)
                .containsExactly("From tasks T-230, T-311", "From tasks T-101, T-102, T-230", "From tasks T-101, T-102");
        assertThat(versions).extracting(RunbookVersion::savedAt).containsExactly(T3, T2, T1);
        assertThat(versions).extracting(RunbookVersion::slug).containsOnly(DISK);
        assertThat(versions).extracting(RunbookVersion::revision).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{40}"));
        assertThat(versions.get(0)).isEqualTo(third);
        assertThat(versions.get(2)).isEqualTo(first);
    }

    @Test
    void aRunbookNeverSavedHasNoVersions() {
        assertThat(archive.versions(DISK)).isEmpty();
    }

    @Test
    void eachVersionsDocumentIsReturnedExactly() {
        saveThreeVersions();

        assertThat(archive.document(DISK, 1)).isEqualTo(V1);
        assertThat(archive.document(DISK, 2)).isEqualTo(V2);
        assertThat(archive.document(DISK, 3)).isEqualTo(V3);
    }

    @Test
    void theDocumentOnDiskIsTheNewestVersionInOneFileNamedAfterTheSlug() throws IOException {
        saveThreeVersions();

        assertThat(Files.readString(directory.resolve("disk-full-on-node.json"))).isEqualTo(V3);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(".git", "disk-full-on-node.json");
        }
    }

    @Test
    void theDiffBetweenTwoVersionsIsAUnifiedDiffOfTheFile() {
        saveThreeVersions();

        String diff = archive.diff(DISK, 1, 3);

        assertThat(diff).startsWith("diff --git a/disk-full-on-node.json b/disk-full-on-node.json\n");
        assertThat(diff.lines()).contains(
                "--- a/disk-full-on-node.json",
                "+++ b/disk-full-on-node.json",
                "-  \"title\" : \"Disk full on node\",",
                "-  \"steps\" : [ \"df -h /var\", \"journalctl --vacuum-size=500M\" ]",
                "+  \"title\" : \"Disk full on a Kubernetes node\",",
                "+  \"steps\" : [ \"df -h /var\", \"journalctl --vacuum-size=200M\", \"docker system prune -f\" ]",
                " {",
                " }");
        assertThat(diff.lines().filter(line -> line.startsWith("@@"))).containsExactly("@@ -1,4 +1,4 @@");
    }

    @Test
    void theDiffBackwardsUndoesTheChangeAndTheDiffOfAVersionWithItselfIsEmpty() {
        saveThreeVersions();

        assertThat(archive.diff(DISK, 3, 1).lines())
                .contains("+  \"title\" : \"Disk full on node\",", "-  \"title\" : \"Disk full on a Kubernetes node\",");
        assertThat(archive.diff(DISK, 2, 2)).isEmpty();
    }

    @Test
    void restoringAnOldVersionSavesItsDocumentAsTheNewestVersion() {
        saveThreeVersions();

        // What the use case does to restore: save the old document again, as the newest version.
        RunbookVersion restored = archive.save(DISK, archive.document(DISK, 1), "Grace Hopper",
                "Restore version 1 of disk-full-on-node: the prune step deleted images in use", T3.plusSeconds(60));

        assertThat(restored.number()).isEqualTo(4);
        assertThat(archive.document(DISK, 4)).isEqualTo(archive.document(DISK, 1));
        assertThat(archive.document(DISK, 3)).isEqualTo(V3);
        assertThat(archive.versions(DISK)).extracting(RunbookVersion::number).containsExactly(4, 3, 2, 1);
        assertThat(archive.diff(DISK, 1, 4)).isEmpty();
    }

    @Test
    void savingTheDocumentOfTheNewestVersionAgainReturnsThatVersionAndCommitsNothing() {
        saveThreeVersions();
        RunbookVersion newest = archive.versions(DISK).get(0);

        RunbookVersion again = archive.save(DISK, V3, "Grace Hopper", "Nothing changed", T3.plusSeconds(60));

        assertThat(again).isEqualTo(newest);
        assertThat(archive.versions(DISK)).hasSize(3);
    }

    @Test
    void twoRunbooksKeepIndependentHistories() {
        archive.save(DISK, V1, "Ada Lovelace", "From task T-101", T1);
        RunbookVersion certFirst = archive.save(CERT, "{ \"title\" : \"Renew\" }\n", "Grace Hopper", "From task T-7", T2);
        archive.save(DISK, V2, "Ada Lovelace", "From tasks T-101, T-230", T3);

        assertThat(certFirst.number()).isEqualTo(1);
        assertThat(archive.versions(DISK)).extracting(RunbookVersion::number).containsExactly(2, 1);
        assertThat(archive.versions(CERT)).extracting(RunbookVersion::message).containsExactly("From task T-7");
        assertThat(archive.document(CERT, 1)).isEqualTo("{ \"title\" : \"Renew\" }\n");
        assertThat(archive.document(DISK, 2)).isEqualTo(V2);
        assertThat(archive.diff(DISK, 1, 2)).doesNotContain("renew-tls-certificate");
    }

    @Test
    void anUnknownRunbookOrVersionIsNotFoundNamingSlugAndVersion() {
        saveThreeVersions();

        assertThatThrownBy(() -> archive.document(CERT, 1))
                .isInstanceOfSatisfying(DomainException.NotFound.class, notFound -> {
                    assertThat(notFound.kind()).isEqualTo("runbook version");
                    assertThat(notFound.id()).isEqualTo("renew-tls-certificate v1");
                });
        assertThatThrownBy(() -> archive.document(DISK, 4))
                .isInstanceOfSatisfying(DomainException.NotFound.class,
                        notFound -> assertThat(notFound.id()).isEqualTo("disk-full-on-node v4"));
        assertThatThrownBy(() -> archive.document(DISK, 0))
                .isInstanceOfSatisfying(DomainException.NotFound.class,
                        notFound -> assertThat(notFound.id()).isEqualTo("disk-full-on-node v0"));
        assertThatThrownBy(() -> archive.diff(DISK, 1, 9))
                .isInstanceOf(DomainException.NotFound.class).hasMessage("runbook version disk-full-on-node v9 does not exist");
        assertThatThrownBy(() -> archive.diff(CERT, 1, 2))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("renew-tls-certificate v1");
    }

    @Test
    void aBlankAuthorOrMessageIsRefusedNamingTheField() {
        assertThatThrownBy(() -> archive.save(DISK, V1, " ", "From task T-1", T1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("author"));
        assertThatThrownBy(() -> archive.save(DISK, V1, "Ada Lovelace", "", T1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("message"));
        assertThat(archive.versions(DISK)).isEmpty();
    }

    @Test
    void authorsGetAnAddressInTheConfiguredDomain() {
        JgitRunbookArchive configured = new JgitRunbookArchive(dataDir.resolve("other"), "ops.example.org");

        assertThat(archive.email("Ada Lovelace")).isEqualTo("ada-lovelace@opstracker.invalid");
        assertThat(configured.email("grace.hopper")).isEqualTo("grace.hopper@ops.example.org");
        assertThat(configured.email("<>")).isEqualTo("someone@ops.example.org");
        assertThatThrownBy(() -> new JgitRunbookArchive(directory, "not a domain"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("emailDomain"));
    }

    @Test
    void aReopenedArchiveContinuesTheSameHistory() {
        saveThreeVersions();
        archive.close();

        JgitRunbookArchive reopened = new JgitRunbookArchive(directory);
        RunbookVersion fourth = reopened.save(DISK, V1, "Grace Hopper", "Restore version 1 of disk-full-on-node", T3.plusSeconds(1));
        reopened.close();

        assertThat(fourth.number()).isEqualTo(4);
        assertThat(archive.versions(DISK)).hasSize(4);
    }

    @Test
    void aSaveThatGitRefusesLeavesTheFileAndTheHistoryAsTheyWere() throws IOException {
        saveThreeVersions();
        Path indexLock = directory.resolve(".git/index.lock");
        Files.writeString(indexLock, "held by another process");

        assertThatThrownBy(() -> archive.save(DISK, "{ }\n", "Ada Lovelace", "From task T-999", T3.plusSeconds(1)))
                .isInstanceOf(RunbookArchiveException.class)
                .hasMessageContaining(directory.toString())
                .hasMessageContaining("could not save disk-full-on-node.json");

        assertThat(Files.readString(directory.resolve("disk-full-on-node.json"))).isEqualTo(V3);
        assertThat(archive.versions(DISK)).hasSize(3);
        try (Stream<Path> files = Files.list(directory.resolve(".git"))) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        Files.delete(indexLock);
        assertThat(archive.save(DISK, "{ }\n", "Ada Lovelace", "From task T-999", T3.plusSeconds(1)).number()).isEqualTo(4);
    }

    @Test
    void aFailedFirstSaveLeavesNoFileBehind() throws IOException {
        archive.save(CERT, "{ }\n", "Ada Lovelace", "From task T-7", T1);
        Files.writeString(directory.resolve(".git/index.lock"), "held by another process");

        assertThatThrownBy(() -> archive.save(DISK, V1, "Ada Lovelace", "From task T-101", T2))
                .isInstanceOf(RunbookArchiveException.class);

        assertThat(directory.resolve("disk-full-on-node.json")).doesNotExist();
        assertThat(archive.versions(DISK)).isEmpty();
    }

    @Test
    void theRepositoryIsReadableByTheGitCommandLine() throws IOException, InterruptedException {
        assumeTrue(gitIsOnPath(), "git is not on the PATH");
        saveThreeVersions();

        Command log = git("log", "--format=%an <%ae>|%aI|%s");
        Command branch = git("branch", "--show-current");
        Command status = git("status", "--porcelain");
        Command fsck = git("fsck", "--strict");

        assertThat(log.exitCode()).isZero();
        assertThat(log.output().lines()).containsExactly(
                "Ada Lovelace <ada-lovelace@opstracker.invalid>|2026-11-20T23:59:59+00:00|From tasks T-230, T-311",
                "Grace Hopper <grace-hopper@opstracker.invalid>|2026-11-09T14:00:00+00:00|From tasks T-101, T-102, T-230",
                "Ada Lovelace <ada-lovelace@opstracker.invalid>|2026-11-02T08:15:30+00:00|From tasks T-101, T-102");
        assertThat(git("log", "--oneline").output().lines()).hasSize(3);
        assertThat(branch.output().strip()).isEqualTo("main");
        assertThat(status.output()).isEmpty();
        assertThat(fsck.exitCode()).as(fsck.output()).isZero();
        assertThat(git("show", "HEAD~2:disk-full-on-node.json").output()).isEqualTo(V1);
    }

    @Test
    void concurrentSavesBecomeDistinctConsecutiveVersions() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RunbookVersion>> saves = new ArrayList<>();
        for (int worker = 1; worker <= threads; worker++) {
            String document = "{ \"step\" : %d }\n".formatted(worker);
            String author = "Worker " + worker;
            String message = "From task T-" + worker;
            Instant at = T1.plusSeconds(worker);
            Callable<RunbookVersion> save = () -> {
                start.await();
                return archive.save(DISK, document, author, message, at);
            };
            saves.add(pool.submit(save));
        }
        start.countDown();
        List<RunbookVersion> saved = new ArrayList<>();
        for (Future<RunbookVersion> save : saves) {
            saved.add(save.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(saved).extracting(RunbookVersion::number).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(saved).extracting(RunbookVersion::revision).doesNotHaveDuplicates();
        List<RunbookVersion> versions = archive.versions(DISK);
        assertThat(versions).extracting(RunbookVersion::number).containsExactly(4, 3, 2, 1);
        assertThat(versions).containsExactlyInAnyOrderElementsOf(saved);
        for (RunbookVersion version : versions) {
            assertThat(archive.document(DISK, version.number())).contains("\"step\" : " + version.message().substring("From task T-".length()));
        }
    }

    private record Command(int exitCode, String output) {
    }

    private Command git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Command(process.exitValue(), output);
    }

    private static boolean gitIsOnPath() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
