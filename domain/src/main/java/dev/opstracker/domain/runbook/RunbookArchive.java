package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * The version history of runbooks: one document per runbook (its canonical text), every save a
 * new version with an author and a message. Versions are never rewritten; restoring an old one saves
 * its text again as the newest. Safe for concurrent use.
 */
public interface RunbookArchive {

    /** Saves {@code document} as the runbook's next version (1 when it is new). */
    RunbookVersion save(RunbookSlug slug, String document, String author, String message, Instant at);

    /** The runbook's versions, newest first; empty when it was never saved. */
    List<RunbookVersion> versions(RunbookSlug slug);

    /**
     * The document as it was at {@code version}.
     *
     * @throws DomainException.NotFound when the runbook or that version does not exist
     */
    String document(RunbookSlug slug, int version);

    /**
     * A unified diff of the document from version {@code from} to version {@code to}.
     *
     * @throws DomainException.NotFound when either version does not exist
     */
    String diff(RunbookSlug slug, int from, int to);
}
