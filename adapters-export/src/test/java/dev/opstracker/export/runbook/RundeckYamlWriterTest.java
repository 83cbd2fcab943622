package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RundeckYamlWriterTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final RundeckYamlWriter writer = new RundeckYamlWriter();

    private static Runbook runbook(List<StepCommand> commands) {
        return new Runbook(new RunbookSlug("tricky"), "Tricky: quoting", "", RunbookScope.of(Set.of(), Set.of(), Map.of()), List.of(),
                List.of(new RunbookVariable("host", "", List.of())), List.of(new RunbookStep("Run # it", "", commands, "", List.of(), false)),
                List.of(), null, List.of(TaskId.of(1)));
    }

    @Test
    void theJobParsesBackWithItsFieldsInTheDocumentedOrder() throws Exception {
        JsonNode job = YAML.readTree(writer.render(RunbookFixtures.highDiskUsage())).get(0);

        assertThat(job.properties()).extracting(Map.Entry::getKey).containsExactly("name", "group", "description", "options", "sequence");
        assertThat(job.get("group").asText()).isEqualTo("opstracker/runbooks");
        assertThat(job.get("options").get(0).toString()).isEqualTo("{\"name\":\"host\",\"required\":true,\"description\":\"The node whose disk filled up\"}");
        assertThat(job.get("sequence").get("keepgoing").asBoolean()).isFalse();
        assertThat(job.get("sequence").get("commands")).hasSize(4);
    }

    @Test
    void valuesYamlWouldMisreadAreQuotedAndReadBackExactly() throws Exception {
        String command = "echo 'a: b' # not a comment; [x] {y} \"q\" @{{host}}";
        JsonNode job = YAML.readTree(writer.render(runbook(List.of(new StepCommand(command, null, "", 0),
                new StepCommand("yes", null, "", 0), new StepCommand("0123", null, "", 0))))).get(0);

        JsonNode commands = job.get("sequence").get("commands");
        assertThat(commands.get(0).get("exec").asText()).isEqualTo("echo 'a: b' # not a comment; [x] {y} \"q\" @${option.host}");
        assertThat(commands.get(0).get("description").asText()).isEqualTo("Run # it");
        assertThat(commands.get(1).get("exec").isTextual()).isTrue();
        assertThat(commands.get(1).get("exec").asText()).isEqualTo("yes");
        assertThat(commands.get(2).get("exec").asText()).isEqualTo("0123");
        assertThat(job.get("description").asText()).isEqualTo("Tricky: quoting");
    }

    @Test
    void aCommandOfSeveralLinesBecomesAnInlineScriptWithRundecksScriptTokens() throws Exception {
        JsonNode step = YAML.readTree(writer.render(runbook(List.of(new StepCommand("cat <<EOF\n{{host}}\nEOF", "/tmp/my dir", "", 0)))))
                .get(0).get("sequence").get("commands").get(0);

        assertThat(step.has("exec")).isFalse();
        assertThat(step.get("script").asText()).isEqualTo("#!/bin/bash\nset -e\ncd \"/tmp/my dir\"\ncat <<EOF\n@option.host@\nEOF\n");
    }
}
