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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The runbook JSON document that restoring an archived version reads: what the writer writes reads
 * back as the same runbook, and a document changed anywhere is read or refused as InvalidInput
 * naming a field, never another failure.
 */
class JsonRunbookReaderProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonRunbookWriter writer = new JsonRunbookWriter();
    private final JsonRunbookReader reader = new JsonRunbookReader();

    @Property
    void aRunbookWrittenAsJsonReadsBackAsTheSameRunbook(@ForAll("runbooks") Runbook runbook) {
        assertThat(reader.read(writer.render(runbook))).isEqualTo(runbook);
    }

    @Property(tries = 300)
    void aDocumentChangedAnywhereIsReadOrRefusedAsInvalidInputNamingAField(@ForAll("runbooks") Runbook runbook, @ForAll("hostile") JsonNode value,
            @ForAll("choices") int where, @ForAll("choices") int how) throws Exception {
        JsonNode document = MAPPER.readTree(writer.render(runbook));
        List<JsonNode> parents = new ArrayList<>();
        collect(document, parents);
        JsonNode parent = parents.get(where % parents.size());
        String changed = switch (how % 3) {
            case 0 -> MAPPER.writeValueAsString(replaceChild(parent, where, value, document));
            case 1 -> MAPPER.writeValueAsString(replaceChild(parent, where, null, document));
            default -> MAPPER.writeValueAsString(document).substring(0, where % MAPPER.writeValueAsString(document).length());
        };

        Throwable refused = catchThrowable(() -> reader.read(changed));

        if (refused != null) {
            assertThat(refused).as(changed).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isNotBlank());
        }
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

    @Provide
    Arbitrary<Integer> choices() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<JsonNode> hostile() {
        return Arbitraries.of(NODES.nullNode(), NODES.booleanNode(false), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(2.5), NODES.textNode(""), NODES.textNode("\u0000"), NODES.textNode("\uD800"),
                NODES.textNode("x".repeat(5_000)), NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode().put("extra", 1), NODES.textNode("-5"));
    }

    @Provide
    Arbitrary<Runbook> runbooks() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', 'é').ofMaxLength(40).map(String::strip);
        Arbitrary<String> line = text.filter(value -> !value.isBlank());
        Arbitrary<StepCommand> command = Combinators.combine(line, Arbitraries.of("/srv/ops", "/tmp").injectNull(0.5), text,
                Arbitraries.integers().between(-1, 255)).as(StepCommand::new);
        Arbitrary<RunbookStep> step = Combinators.combine(text, text, command.list().ofMaxSize(3), text, text.list().ofMaxSize(2), Arbitraries.of(true, false))
                .as(RunbookStep::new);
        Arbitrary<RunbookVariable> variable = Combinators.combine(Arbitraries.of("host", "namespace", "db_1"), text, line.list().ofMaxSize(3))
                .as(RunbookVariable::new);
        Arbitrary<RunbookScope> scope = Combinators.combine(line.set().ofMaxSize(2), Arbitraries.of("node", "service").set(),
                Arbitraries.maps(Arbitraries.of("team", "env"), text).ofMaxSize(2)).as(RunbookScope::of);
        return Combinators.combine(line.map(RunbookSlug::fromTitle), line, text, scope, line.list().ofMaxSize(2), variable.list().ofMaxSize(2),
                        step.list().ofMaxSize(3), text.list().ofMaxSize(2))
                .flatAs((slug, title, purpose, runbookScope, prerequisites, variables, steps, notes) -> Combinators.combine(
                        Arbitraries.longs().between(0, 100_000).map(Duration::ofSeconds).injectNull(0.3),
                        Arbitraries.longs().between(1, 1_000).map(TaskId::of).list().ofMinSize(1).ofMaxSize(3))
                        .as((duration, tasks) -> new Runbook(slug, title, purpose, runbookScope, prerequisites, variables, steps, notes, duration, tasks)))
                .withoutEdgeCases();
    }
}
