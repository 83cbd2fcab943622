package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JsonRunbookReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonRunbookWriter writer = new JsonRunbookWriter();
    private final JsonRunbookReader reader = new JsonRunbookReader();

    @Test
    void aWrittenRunbookReadsBackEqualToTheOriginal() {
        Runbook runbook = RunbookFixtures.highDiskUsage();

        assertThat(reader.read(writer.render(runbook))).isEqualTo(runbook);
    }

    @Test
    void aRunbookWithoutDurationVariablesOrStepsReadsBackEqual() {
        Runbook bare = new Runbook(new RunbookSlug("bare"), "Bare", "", RunbookScope.of(Set.of(), Set.of(), Map.of()), List.of(), List.of(),
                List.of(), List.of(), null, List.of(TaskId.of(1)));

        assertThat(writer.render(bare)).contains("\"estimatedDurationSeconds\": null", "\"variables\": []", "\"tags\": {}");
        assertThat(reader.read(writer.render(bare))).isEqualTo(bare);
    }

    @Test
    void anotherSchemaIdIsRefusedNamingTheSchemaField() {
        assertRefused(document -> document.put("schema", "tracker.runbook/v2"), "schema");
        assertRefused(document -> document.put("schema", "tracker.runbook/v2").put("owner", "sre"), "schema");
    }

    @Test
    void aMissingFieldIsRefusedNamingItsPath() {
        assertRefused(document -> document.remove("title"), "title");
        assertRefused(document -> ((ObjectNode) document.get("scope")).remove("tags"), "scope.tags");
        assertRefused(document -> step(document, 1).remove("pitfalls"), "steps[1].pitfalls");
        assertRefused(document -> ((ObjectNode) step(document, 2).get("commands").get(1)).remove("command"), "steps[2].commands[1].command");
        assertRefused(document -> document.remove("schema"), "schema");
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedNamingItsPath() {
        assertRefused(document -> step(document, 0).put("changesState", "yes"), "steps[0].changesState");
        assertRefused(document -> document.put("estimatedDurationSeconds", "25m"), "estimatedDurationSeconds");
        assertRefused(document -> document.put("prerequisites", "ssh"), "prerequisites");
        assertRefused(document -> document.put("estimatedDurationSeconds", -1), "estimatedDurationSeconds");
        assertRefused(document -> ((ObjectNode) document.get("scope").get("tags")).put("env", 1), "scope.tags.env");
        assertRefused(document -> ((ArrayNode) document.get("sourceTasks")).add("twelve"), "sourceTasks[3]");
    }

    @Test
    void anUnknownFieldIsRefusedSoATypoIsNotSilentlyDropped() {
        assertRefused(document -> step(document, 0).put("verfication", "df"), "steps[0].verfication");
    }

    @Test
    void aValueTheDomainRefusesIsReportedUnderItsPathInTheDocument() {
        assertRefused(document -> document.put("slug", "Not A Slug"), "slug");
        assertRefused(document -> ((ObjectNode) document.get("variables").get(1)).put("name", "Namespace"), "variables[1].name");
        assertRefused(document -> ((ObjectNode) step(document, 0).get("commands").get(0)).put("command", " "), "steps[0].commands[0].command");
        assertRefused(document -> ((ArrayNode) document.get("sourceTasks")).removeAll(), "sourceTasks");
        assertRefused(document -> ((ArrayNode) document.get("sourceTasks")).set(0, 0), "sourceTasks[0]");
        assertRefused(document -> ((ObjectNode) step(document, 0).get("commands").get(0)).put("successExitCode", 1L << 40),
                "steps[0].commands[0].successExitCode");
    }

    @Test
    void textThatIsNotJsonIsRefusedAsTheDocument() {
        assertThatThrownBy(() -> reader.read("{\"schema\": ")).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("document"));
        assertThatThrownBy(() -> reader.read("[]")).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("document"));
        assertThatThrownBy(() -> reader.read("")).isInstanceOf(DomainException.InvalidInput.class);
        String twice = writer.render(RunbookFixtures.highDiskUsage()) + "{}";
        assertThatThrownBy(() -> reader.read(twice)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("document"));
    }

    private static ObjectNode step(ObjectNode document, int index) {
        return (ObjectNode) document.get("steps").get(index);
    }

    private void assertRefused(Consumer<ObjectNode> change, String field) {
        ObjectNode document;
        try {
            document = (ObjectNode) MAPPER.readTree(writer.render(RunbookFixtures.highDiskUsage()));
        } catch (Exception impossible) {
            throw new AssertionError(impossible);
        }
        change.accept(document);
        String text = document.toString();

        assertThatThrownBy(() -> reader.read(text)).as(field).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
