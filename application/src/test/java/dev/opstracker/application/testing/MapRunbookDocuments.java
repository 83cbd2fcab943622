package dev.opstracker.application.testing;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.shared.DomainException;
import java.util.HashMap;
import java.util.Map;

/**
 * Documents for use-case tests, where the Jackson writers are out of reach: a runbook renders as
 * its form's name and its record text, one component a line (so diffs show lines), and a rendered
 * document reads back as the runbook it was rendered from.
 */
public final class MapRunbookDocuments implements RunbookDocuments {

    private final Map<String, Runbook> rendered = new HashMap<>();

    @Override
    public synchronized String render(Runbook runbook, Form form) {
        String document = form + "\n" + runbook.toString().replace(", ", ",\n") + "\n";
        rendered.put(document, runbook);
        return document;
    }

    @Override
    public synchronized Runbook read(String document) {
        Runbook runbook = rendered.get(document);
        if (runbook == null) {
            throw new DomainException.InvalidInput("document", document, "not a document these documents rendered");
        }
        return runbook;
    }
}
