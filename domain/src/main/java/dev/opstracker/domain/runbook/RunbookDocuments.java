package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;

/**
 * Runbooks as documents: the canonical form the archive and the store keep (JSON, schema
 * {@code tracker.runbook/v1}) and back, and the forms people read or run. Rendering is
 * deterministic: the same runbook gives the same text.
 */
public interface RunbookDocuments {

    /** The forms a runbook is shown in. */
    enum Form {
        JSON, MARKDOWN, RUNDECK_YAML
    }

    /** The canonical document, as {@link Form#JSON} renders it. */
    default String canonical(Runbook runbook) {
        return render(runbook, Form.JSON);
    }

    String render(Runbook runbook, Form form);

    /**
     * Reads a canonical document back.
     *
     * @throws DomainException.InvalidInput naming the field that is wrong
     */
    Runbook read(String document);
}
