package dev.opstracker.export.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookDocuments;

/**
 * Runbooks as documents through Jackson: the canonical {@value JsonRunbookWriter#SCHEMA} JSON
 * ({@link JsonRunbookWriter}, read back strictly by {@link JsonRunbookReader}), Markdown that Runme
 * runs ({@link MarkdownRunbookWriter}) and a Rundeck job outline ({@link RundeckYamlWriter}).
 * Deterministic and safe for concurrent use: every writer builds its printer per document.
 */
public final class JacksonRunbookDocuments implements RunbookDocuments {

    private final JsonRunbookWriter json = new JsonRunbookWriter();
    private final JsonRunbookReader reader = new JsonRunbookReader();
    private final MarkdownRunbookWriter markdown = new MarkdownRunbookWriter();
    private final RundeckYamlWriter rundeck = new RundeckYamlWriter();

    @Override
    public String render(Runbook runbook, Form form) {
        requireNonNull(runbook, "runbook is null");
        return switch (requireNonNull(form, "form is null")) {
            case JSON -> json.render(runbook);
            case MARKDOWN -> markdown.render(runbook);
            case RUNDECK_YAML -> rundeck.render(runbook);
        };
    }

    @Override
    public Runbook read(String document) {
        return reader.read(requireNonNull(document, "document is null"));
    }
}
