package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.runbook.Runbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each renderer's output for the fixed runbook, byte for byte. After a deliberate change to a format,
 * run once with {@code OPSTRACKER_UPDATE_GOLDEN=true} to rewrite the files, and review their diff.
 */
class RunbookGoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/runbook");

    private final Runbook runbook = RunbookFixtures.highDiskUsage();

    @Test
    void theMarkdownIsTheGoldenFileByteForByte() throws IOException {
        assertGolden("high-disk-usage-on-node.md", new MarkdownRunbookWriter()::render);
    }

    @Test
    void theJsonIsTheGoldenFileByteForByte() throws IOException {
        assertGolden("high-disk-usage-on-node.json", new JsonRunbookWriter()::render);
    }

    @Test
    void theRundeckYamlIsTheGoldenFileByteForByte() throws IOException {
        assertGolden("high-disk-usage-on-node.yaml", new RundeckYamlWriter()::render);
    }

    @Test
    void renderingTwiceGivesTheSameBytesWithLfLineEndingsAndAFinalNewline() {
        for (Function<Runbook, String> renderer : java.util.List.<Function<Runbook, String>>of(new MarkdownRunbookWriter()::render,
                new JsonRunbookWriter()::render, new RundeckYamlWriter()::render)) {
            String first = renderer.apply(runbook);
            String second = renderer.apply(RunbookFixtures.highDiskUsage());

            assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
            assertThat(first).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
        }
    }

    private void assertGolden(String file, Function<Runbook, String> renderer) throws IOException {
        byte[] rendered = renderer.apply(runbook).getBytes(StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(file);
        if ("true".equals(System.getenv("OPSTRACKER_UPDATE_GOLDEN"))) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, rendered);
        }
        assertThat(rendered).as(file).isEqualTo(Files.readAllBytes(golden));
    }
}
