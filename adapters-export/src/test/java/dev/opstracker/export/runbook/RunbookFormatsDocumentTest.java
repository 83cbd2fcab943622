package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.task.TaskId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The formats document shows what the code writes: its examples are the writers' own output for its example runbook. */
class RunbookFormatsDocumentTest {

    private static String document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = RunbookFormatsDocumentTest.class.getResourceAsStream("FORMATS-runbooks.md")) {
            assertThat(in).as("FORMATS-runbooks.md beside the runbook writers").isNotNull();
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The document's example: one variable, one state-changing step. */
    static Runbook example() {
        return new Runbook(new RunbookSlug("restart-nginx"), "Restart nginx", "Bring nginx back when it stops answering.",
                RunbookScope.of(Set.of("NginxDown"), Set.of("vm"), Map.of("role", "web")), List.of("SSH access as a sudoer"),
                List.of(new RunbookVariable("host", "The web server", List.of("web-01", "web-02"))),
                List.of(new RunbookStep("Restart nginx", "A reload did not help.",
                        List.of(new StepCommand("ssh {{host}} sudo systemctl restart nginx", null, "", 0),
                                new StepCommand("curl -fsS http://{{host}}/health", null, "ok", 0)),
                        "The health check answers ok.", List.of("Without sudo the restart fails with exit 1."), true)),
                List.of(), Duration.ofMinutes(4), List.of(TaskId.of(31), TaskId.of(44)));
    }

    @Test
    void theJsonExampleIsWhatTheWriterWrites() {
        assertThat(document).contains("```json\n" + new JsonRunbookWriter().render(example()) + "```\n");
    }

    @Test
    void theMarkdownExampleIsWhatTheWriterWrites() {
        assertThat(document).contains("`````markdown\n" + new MarkdownRunbookWriter().render(example()) + "`````\n");
    }

    @Test
    void theRundeckExampleIsWhatTheWriterWrites() {
        assertThat(document).contains("```yaml\n" + new RundeckYamlWriter().render(example()) + "```\n");
    }

    /** Prints the examples when OPSTRACKER_UPDATE_GOLDEN is set, to paste into the document after a deliberate change. */
    @Test
    void examplesCanBeRegenerated() throws IOException {
        if ("true".equals(System.getenv("OPSTRACKER_UPDATE_GOLDEN"))) {
            Path target = Path.of("target/runbook-format-examples");
            Files.createDirectories(target);
            Files.writeString(target.resolve("example.json"), new JsonRunbookWriter().render(example()));
            Files.writeString(target.resolve("example.md"), new MarkdownRunbookWriter().render(example()));
            Files.writeString(target.resolve("example.yaml"), new RundeckYamlWriter().render(example()));
        }
    }
}
