package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code opstracker component ...} and linking tasks to components by path, on the data directory and against a server. */
class ComponentCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @TempDir
    Path files;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void componentsAddedUnderTheirParentsByPathAreListedByQueryAndShownWithInheritedTags(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("component", "add", "aws", "--kind", "provider", "--provider", "aws");
            cli.run("component", "add", "eu-west-1", "--kind", "region", "--parent", "aws", "--tag", "env=prod");
            Result cluster = cli.run("component", "add", "prod-eks", "--kind", "cluster", "--parent", "aws/eu-west-1");

            Result clusters = cli.run("component", "list", "kind:cluster env=prod");
            Result shown = cli.run("component", "show", "aws/eu-west-1/prod-eks");

            assertThat(cluster.out()).isEqualTo("Added component 3: aws/eu-west-1/prod-eks\n");
            assertThat(clusters.out().lines().toList()).containsExactly(
                    "ID  PATH                    KIND     PROVIDER  TAGS",
                    "3   aws/eu-west-1/prod-eks  cluster  aws");
            assertThat(shown.out()).contains("Path:           aws/eu-west-1/prod-eks\n", "Parent:         2\n", "Tags:\n", "Effective tags: env=prod\n");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anInventoryImportAppliesTheGoodRowsReportsTheBadOnesByLineAndExitsOne(Mode mode) throws IOException {
        Path inventory = Files.writeString(files.resolve("inventory.csv"), """
                path,kind,provider,external_id,tags
                gcp,provider,gcp,,
                gcp/europe-west1,region,,,env=prod;team=data
                nowhere/web-1,node,,,
                """);
        try (Cli cli = Cli.start(mode, directory)) {
            Result imported = cli.run("component", "import", inventory.toString());
            Result listed = cli.run("component", "list", "under:gcp", "-o", "json");

            assertThat(imported.exitCode()).isEqualTo(1);
            assertThat(imported.out()).startsWith("CREATED  UPDATED  UNCHANGED  FAILED\n2        0        0          1\n").endsWith("LINE  FIELD  VALUE          PROBLEM\n4     path   nowhere/web-1  path 'nowhere/web-1' is invalid: its parent nowhere does not exist; add it first (an earlier row will do)\n");
            assertThat(JSON.readTree(listed.out())).extracting(node -> node.path("path").asText()).containsExactly("gcp", "gcp/europe-west1");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTaskIsLinkedToComponentsByPathAndById(Mode mode) throws IOException {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("component", "add", "aws", "--kind", "provider", "--provider", "aws");
            cli.run("component", "add", "checkout", "--kind", "service", "--parent", "aws");
            cli.run("task", "add", "Checkout p99 over 2 s");

            Result linked = cli.run("task", "link", "1", "aws/checkout", "1", "--role", "cause", "-o", "json");

            JsonNode links = JSON.readTree(linked.out());
            assertThat(linked.exitCode()).isZero();
            assertThat(links).extracting(link -> link.path("path").asText() + " " + link.path("role").asText())
                    .containsExactly("aws/checkout cause", "aws cause");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aMissingInventoryFileFailsNamingIt(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            Result missing = cli.run("component", "import", files.resolve("nope.csv").toString());

            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.err()).startsWith("opstracker: cannot read ").contains("nope.csv");
        }
    }
}
