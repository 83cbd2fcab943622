package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runbook JSON document that restoring an archived version reads: what the writer writes reads
 * back as the same runbook, and a document changed anywhere is read or refused as InvalidInput
 * naming a field, never another failure.
 */
class JsonRunbookReaderProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Printable ASCII, from space to tilde. */
    private static final String PRINTABLE = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private final JsonRunbookWriter writer = new JsonRunbookWriter();
    private final JsonRunbookReader reader = new JsonRunbookReader();

    @Test
    void aRunbookWrittenAsJsonReadsBackAsTheSameRunbook() {
        Tries.forAll(runbooks(), runbook -> assertThat(reader.read(writer.render(runbook))).isEqualTo(runbook));
    }

    @Test
    void aDocumentChangedAnywhereIsReadOrRefusedAsInvalidInputNamingAField() {
        Gen<Change> changes = Gen.combine(runbooks(), hostile(), choices(), choices(), Change::new);
        Tries.forAll(300, changes, change -> {
            int where = change.where();
            JsonNode document = MAPPER.readTree(writer.render(change.runbook()));
            List<JsonNode> parents = new ArrayList<>();
            collect(document, parents);
            JsonNode parent = parents.get(where % parents.size());
            String changed = switch (change.how() % 3) {
                case 0 -> MAPPER.writeValueAsString(replaceChild(parent, where, change.value(), document));
                case 1 -> MAPPER.writeValueAsString(replaceChild(parent, where, null, document));
                default -> MAPPER.writeValueAsString(document).substring(0, where % MAPPER.writeValueAsString(document).length());
            };

            Throwable refused = catchThrowable(() -> reader.read(changed));

            if (refused != null) {
                assertThat(refused).as(changed).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isNotBlank());
            }
        });
    }

    /** A runbook's document and how to change it: set {@code value} at, remove, or cut the text at {@code where}, by {@code how}. */
    private record Change(Runbook runbook, JsonNode value, int where, int how) {
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode() && !node.isEmpty()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    /** {@code document} with one child of {@code parent} replaced by {@code value}, or removed when it is null. */
    private static JsonNode replaceChild(JsonNode parent, int which, JsonNode value, JsonNode document) {
        if (parent instanceof ObjectNode object) {
            String name = new ArrayList<>(object.properties()).get(which % object.size()).getKey();
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove(which % array.size());
            } else {
                array.set(which % array.size(), value);
            }
        }
        return document;
    }

    private static Gen<Integer> choices() {
        return Gen.ints(0, 10_000);
    }

    /** Values of the wrong type, size or range; copied, since a document that takes one in may be changed afterwards. */
    private static Gen<JsonNode> hostile() {
        return Gen.<JsonNode>of(NODES.nullNode(), NODES.booleanNode(false), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(2.5), NODES.textNode(""), NODES.textNode("\u0000"), NODES.textNode("\uD800"),
                NODES.textNode("x".repeat(5_000)), NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode().put("extra", 1), NODES.textNode("-5"))
                .map(JsonNode::deepCopy);
    }

    /** Runbooks of every shape the writer knows; steps and runbooks have more parts than {@link Gen#combine} takes, so they draw each in turn. */
    private static Gen<Runbook> runbooks() {
        Gen<String> text = Gen.strings(PRINTABLE + "\né", 0, 40).map(String::strip);
        Gen<String> line = text.filter(value -> !value.isBlank());
        Gen<String> directory = Gen.oneOf(Gen.of("/srv/ops", "/tmp"), Gen.just(null));
        Gen<StepCommand> command = Gen.combine(line, directory, text, Gen.ints(-1, 255), StepCommand::new);
        Gen<RunbookStep> step = random -> new RunbookStep(text.next(random), text.next(random), command.list(3).next(random), text.next(random),
                text.list(2).next(random), random.nextBoolean());
        Gen<RunbookVariable> variable = Gen.combine(Gen.of("host", "namespace", "db_1"), text, line.list(3), RunbookVariable::new);
        Gen<RunbookScope> scope = Gen.combine(line.list(2).map(Set::copyOf), Gen.of("node", "service").list(2).map(Set::copyOf),
                Gen.maps(Gen.of("team", "env"), text, 0, 2), RunbookScope::of);
        Gen<Duration> duration = Gen.frequency(Gen.weight(7, Gen.longs(0, 100_000).map(Duration::ofSeconds)), Gen.weight(3, Gen.just(null)));
        Gen<List<TaskId>> tasks = Gen.longs(1, 1_000).map(TaskId::of).list(1, 3);
        return random -> new Runbook(line.map(RunbookSlug::fromTitle).next(random), line.next(random), text.next(random), scope.next(random),
                line.list(2).next(random), variable.list(2).next(random), step.list(3).next(random), text.list(2).next(random), duration.next(random),
                tasks.next(random));
    }
}
