package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opstracker task ...} on its own data directory and against a running server, with the same arguments and the same results. */
class TaskCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAddedTaskIsListedAndShownWithEveryField(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            Result added = cli.run("task", "add", "Rotate the TLS certificate on edge-lb-1", "--priority", "high", "--client", "ACME",
                    "--project", "acme-web", "--attr", "env=prod", "--due", "2026-12-24T17:00:00Z", "--zone", "Europe/Berlin");
            Result listed = cli.run("task", "list");
            Result shown = cli.run("task", "show", "1", "--zone", "Europe/Berlin");

            assertThat(added.exitCode()).isZero();
            assertThat(added.out()).isEqualTo("Added task 1: Rotate the TLS certificate on edge-lb-1\n");
            assertThat(listed.out().lines().toList()).containsExactly(
                    "ID  STATUS  PRIORITY  TITLE                                    ASSIGNEE  CLIENT  PROJECT",
                    "1   OPEN    P2        Rotate the TLS certificate on edge-lb-1            ACME    acme-web");
            assertThat(shown.exitCode()).isZero();
            assertThat(shown.out()).contains("Title:       Rotate the TLS certificate on edge-lb-1\n", "Priority:    P2\n", "Client:      ACME\n",
                    "Due:         2026-12-24 18:00\n", "Attributes:  env=prod\n", "Version:     1\n");
            assertThat(shown.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void listFiltersByStatusAndTextAndPrintsJsonForScripts(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Renew the wildcard certificate");
            cli.run("task", "add", "Resize the postgres volume");
            cli.run("task", "start", "2");

            Result inProgress = cli.run("task", "list", "--status", "in_progress", "--output", "json");
            Result byText = cli.run("task", "list", "--text", "certificate", "-o", "csv");

            JsonNode tasks = JSON.readTree(inProgress.out());
            assertThat(tasks).hasSize(1);
            assertThat(tasks.get(0).path("title").asText()).isEqualTo("Resize the postgres volume");
            assertThat(byText.out().lines().toList()).containsExactly("ID,STATUS,PRIORITY,TITLE,ASSIGNEE,CLIENT,PROJECT",
                    "1,OPEN,P3,\"Renew the wildcard certificate\",,,");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void editChangesTheFieldsGivenAndClearsTheOnesNamed(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Patch the kernel on db-2", "--assignee", "marcus", "--client", "ACME");

            Result edited = cli.run("task", "edit", "1", "--title", "Patch the kernel on db-2 and db-3", "--clear", "assignee", "-o", "json");

            JsonNode task = JSON.readTree(edited.out());
            assertThat(edited.exitCode()).isZero();
            assertThat(task.path("title").asText()).isEqualTo("Patch the kernel on db-2 and db-3");
            assertThat(task.path("assignee").isNull()).isTrue();
            assertThat(task.path("client").asText()).isEqualTo("ACME");
            assertThat(task.path("version").asLong()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTaskMovesFromStartToDoneAndAnIllegalMoveFailsWithTheApisReasonOnOneLine(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Drain node-7");

            Result started = cli.run("task", "start", "1");
            Result done = cli.run("task", "done", "1", "--note", "drained and cordoned");
            Result startedAgain = cli.run("task", "start", "1");

            assertThat(started.out()).isEqualTo("Started task 1: Drain node-7\n");
            assertThat(done.out()).isEqualTo("Done: task 1, Drain node-7\n");
            assertThat(startedAgain.exitCode()).isEqualTo(1);
            assertThat(startedAgain.out()).isEmpty();
            assertThat(startedAgain.err().lines().toList()).singleElement().asString()
                    .startsWith("opstracker: ").contains("DONE", "IN_PROGRESS", "(HTTP 409)").doesNotContain("Exception");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void badInputIsRefusedNamingTheFieldAndValueWithExitCodeOne(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            Result badPriority = cli.run("task", "add", "Something", "--priority", "urgent");
            Result missing = cli.run("task", "show", "42");
            Result noComponent = cli.run("task", "link", "42", "aws/nowhere");

            assertThat(badPriority.exitCode()).isEqualTo(1);
            assertThat(badPriority.err()).contains("priority 'urgent' is invalid", "(HTTP 400)");
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.err()).contains("42", "(HTTP 404)");
            assertThat(noComponent.exitCode()).isEqualTo(1);
            assertThat(noComponent.err()).contains("component aws/nowhere does not exist", "(HTTP 404)");
        }
    }

    @Test
    void aFailurePrintsItsStackTraceOnlyWithDebug() {
        Result plain = Cli.runRaw("task", "add", "x", "--due", "never", "--data-dir", directory.toString());
        Result debug = Cli.runRaw("task", "add", "x", "--due", "never", "--data-dir", directory.toString(), "--debug");

        assertThat(plain.err().lines()).hasSize(1);
        assertThat(debug.err().lines().findFirst()).contains(plain.err().strip());
        assertThat(debug.err()).contains("CliFailure", "\tat dev.opstracker.bootstrap.cli.TimeArgument");
        assertThat(debug.exitCode()).isEqualTo(1);
    }

    @Test
    void aMalformedArgumentIsAUsageErrorWithExitCodeTwo() {
        Result notAnId = Cli.runRaw("task", "show", "forty-two", "--data-dir", directory.toString());
        Result badTime = Cli.runRaw("task", "add", "x", "--due", "next blue moon", "--data-dir", directory.toString());
        Result nothingToEdit = Cli.runRaw("task", "edit", "1", "--data-dir", directory.toString());

        assertThat(notAnId.exitCode()).isEqualTo(2);
        assertThat(notAnId.err()).contains("forty-two");
        assertThat(badTime.exitCode()).isEqualTo(1);
        assertThat(badTime.err()).contains("--due 'next blue moon' is not a time");
        assertThat(nothingToEdit.exitCode()).isEqualTo(2);
        assertThat(nothingToEdit.err()).contains("nothing to change");
    }

    @Test
    void theSameCommandsPrintTheSameOnTheirOwnDataDirectoryAndAgainstAServer(@TempDir Path other) {
        String[][] session = {
            {"task", "add", "Upgrade ingress-nginx", "--priority", "P1", "--client", "ACME"},
            {"task", "add", "Clean up old AMIs", "--assignee", "marcus"},
            {"task", "start", "1"},
            {"task", "edit", "2", "--priority", "low"},
            {"task", "done", "1"},
            {"task", "list"},
            {"task", "list", "--output", "csv"},
            {"task", "show", "2", "--output", "csv"},
        };
        try (Cli embedded = Cli.start(Mode.EMBEDDED, directory); Cli remote = Cli.start(Mode.REMOTE, other)) {
            for (String[] command : session) {
                Result here = embedded.run(command);
                Result there = remote.run(command);

                assertThat(there.exitCode()).as(String.join(" ", command)).isEqualTo(here.exitCode()).isZero();
                assertThat(withoutTimes(there.out())).as(String.join(" ", command)).isEqualTo(withoutTimes(here.out()));
            }
        }
    }

    private static String withoutTimes(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ][0-9:.]+Z?", "<time>");
    }
}
