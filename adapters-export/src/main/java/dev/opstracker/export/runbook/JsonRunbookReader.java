package dev.opstracker.export.runbook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a {@value JsonRunbookWriter#SCHEMA} document back into the runbook it was written from
 * (restoring an old version from the archive needs this). It is strict: a wrong schema id, a missing
 * field, a field of the wrong type or an unknown field is refused with
 * {@link DomainException.InvalidInput} naming the field by its path, such as {@code steps[1].commands[0].command}.
 */
public final class JsonRunbookReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * The runbook {@code document} describes.
     *
     * @throws DomainException.InvalidInput when it is not JSON, not this schema, or a field is missing or wrong
     */
    public Runbook read(String document) {
        JsonNode root;
        try {
            root = MAPPER.readTree(document);
        } catch (JsonProcessingException notJson) {
            throw new DomainException.InvalidInput("document", null, "not a JSON document: " + notJson.getOriginalMessage());
        }
        Node top = new Node("", root == null ? MAPPER.missingNode() : root).object();
        // The schema id first: a document of another version is refused as such, not for the fields it differs in.
        String schema = top.field("schema").text();
        if (!JsonRunbookWriter.SCHEMA.equals(schema)) {
            throw new DomainException.InvalidInput("schema", schema, "a runbook document of schema " + JsonRunbookWriter.SCHEMA);
        }
        Node runbook = top.object("schema", "slug", "title", "purpose", "scope", "prerequisites", "variables", "steps", "rollbackNotes",
                "estimatedDurationSeconds", "sourceTasks");
        Node scope = runbook.field("scope").object("alertNames", "componentKinds", "tags");
        RunbookSlug slug = refused(runbook.field("slug"), slugField -> new RunbookSlug(slugField.text()));
        RunbookScope runbookScope = new RunbookScope(new TreeSet<>(scope.field("alertNames").texts()),
                new TreeSet<>(scope.field("componentKinds").texts()), tags(scope.field("tags")));
        String title = runbook.field("title").text();
        String purpose = runbook.field("purpose").text();
        List<String> prerequisites = runbook.field("prerequisites").texts();
        List<RunbookVariable> variables = runbook.field("variables").items(JsonRunbookReader::variable);
        List<RunbookStep> steps = runbook.field("steps").items(JsonRunbookReader::step);
        List<String> rollbackNotes = runbook.field("rollbackNotes").texts();
        Duration duration = duration(runbook.field("estimatedDurationSeconds"));
        List<TaskId> sourceTasks = runbook.field("sourceTasks").items(task -> refused(task, id -> new TaskId(id.integer())));
        Node sources = runbook.field("sourceTasks");
        try {
            return new Runbook(slug, title, purpose, runbookScope, prerequisites, variables, steps, rollbackNotes, duration, sourceTasks);
        } catch (DomainException.InvalidInput refused) {
            throw "taskIds".equals(refused.field()) ? refused.renamed(sources.path()) : refused;
        }
    }

    private static TreeMap<String, String> tags(Node node) {
        node.object();
        TreeMap<String, String> tags = new TreeMap<>();
        node.json.fieldNames().forEachRemaining(key -> tags.put(key, node.field(key).text()));
        return tags;
    }

    private static RunbookVariable variable(Node node) {
        Node variable = node.object("name", "description", "observedValues");
        Node name = variable.field("name");
        String text = name.text();
        String description = variable.field("description").text();
        List<String> observedValues = variable.field("observedValues").texts();
        return refused(name, field -> new RunbookVariable(text, description, observedValues));
    }

    private static RunbookStep step(Node node) {
        Node step = node.object("title", "why", "changesState", "commands", "verification", "pitfalls");
        return new RunbookStep(step.field("title").text(), step.field("why").text(), step.field("commands").items(JsonRunbookReader::command),
                step.field("verification").text(), step.field("pitfalls").texts(), step.field("changesState").bool());
    }

    private static StepCommand command(Node node) {
        Node command = node.object("command", "workingDirectory", "expectedOutput", "successExitCode");
        String line = command.field("command").text();
        String workingDirectory = command.field("workingDirectory").textOrNull();
        String expectedOutput = command.field("expectedOutput").text();
        Node exitCode = command.field("successExitCode");
        int successExitCode = refused(exitCode, code -> Math.toIntExact(code.integer()));
        try {
            return new StepCommand(line, workingDirectory, expectedOutput, successExitCode);
        } catch (DomainException.InvalidInput refused) {
            throw refused.renamed(command.path() + "." + refused.field());
        }
    }

    private static Duration duration(Node node) {
        if (node.json.isNull()) {
            return null;
        }
        long seconds = node.integer();
        if (seconds < 0) {
            throw new DomainException.InvalidInput(node.path(), seconds, "a number of seconds, 0 or more, or null when not recorded");
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * Builds a domain value from {@code node}'s content; a value the domain refuses, or a number out
     * of range, is reported under the node's path rather than the domain's own field name.
     */
    private static <T> T refused(Node node, Function<Node, T> builder) {
        try {
            return builder.apply(node);
        } catch (DomainException.InvalidInput refused) {
            throw node.path().isEmpty() || refused.field().startsWith(node.path()) ? refused : refused.renamed(node.path());
        } catch (ArithmeticException outOfRange) {
            throw node.wrong("a whole number in range");
        }
    }

    /** A value in the document with its path, so every complaint names where it is. */
    private record Node(String path, JsonNode json) {

        /** This node as an object with exactly {@code fields} (any order). */
        Node object(String... fields) {
            if (!json.isObject()) {
                throw wrong("an object");
            }
            if (fields.length > 0) {
                List<String> known = List.of(fields);
                for (String field : known) {
                    if (!json.has(field)) {
                        throw new DomainException.InvalidInput(child(field), null, "a required field of " + JsonRunbookWriter.SCHEMA);
                    }
                }
                json.fieldNames().forEachRemaining(field -> {
                    if (!known.contains(field)) {
                        throw new DomainException.InvalidInput(child(field), json.get(field), "not a field of " + JsonRunbookWriter.SCHEMA);
                    }
                });
            }
            return this;
        }

        Node field(String name) {
            JsonNode value = json.get(name);
            if (value == null) {
                throw new DomainException.InvalidInput(child(name), null, "a required field of " + JsonRunbookWriter.SCHEMA);
            }
            return new Node(child(name), value);
        }

        String text() {
            if (!json.isTextual()) {
                throw wrong("a string");
            }
            return json.textValue();
        }

        String textOrNull() {
            return json.isNull() ? null : text();
        }

        long integer() {
            if (!json.isIntegralNumber() || !json.canConvertToLong()) {
                throw wrong("a whole number");
            }
            return json.longValue();
        }

        boolean bool() {
            if (!json.isBoolean()) {
                throw wrong("true or false");
            }
            return json.booleanValue();
        }

        List<String> texts() {
            return items(Node::text);
        }

        <T> List<T> items(Function<Node, T> item) {
            if (!json.isArray()) {
                throw wrong("an array");
            }
            List<T> items = new ArrayList<>(json.size());
            for (int index = 0; index < json.size(); index++) {
                items.add(item.apply(new Node(path + "[" + index + "]", json.get(index))));
            }
            return items;
        }

        private String child(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        DomainException.InvalidInput wrong(String expected) {
            return new DomainException.InvalidInput(path.isEmpty() ? "document" : path, json.isMissingNode() ? null : json.toString(),
                    "must be " + expected);
        }
    }
}
