package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * The version history of runbooks: one document per runbook (its canonical text), every save a
 * new version with an author and a message. Versions are never rewritten; restoring an old one saves
 * its text again as the newest ({@code save(slug, document(slug, n), author, "Restore version n of
 * <slug>: ...", now)}), so a restore is itself a version and nothing is lost.
 *
 * <p>Version numbers count the saves that changed the runbook: 1 for the first, with no gaps.
 * Instants are kept to the second.
 *
 * <p>Safe for concurrent use: saves are serialised, so concurrent saves of one runbook get distinct,
 * consecutive numbers. An archive belongs to one process; with several API nodes the runbooks'
 * metadata and current version are shared through the database, and the history lives in the
 * archive of the node that wrote it.
 */
public interface RunbookArchive {

    /**
     * Saves {@code document} as the runbook's next version (1 when it is new) and returns it.
     *
     * <p>A document identical to the newest version's is not a change: nothing is saved and the
     * newest version is returned as it is (with its own author, message and instant), so the history
     * holds only versions that differ from their predecessor and a diff between neighbours is never
     * empty. A caller can tell by the returned number, which did not grow.
     *
     * @throws DomainException.InvalidInput when {@code author} or {@code message} is blank
     */
    RunbookVersion save(RunbookSlug slug, String document, String author, String message, Instant at);

    /** The runbook's versions, newest first; empty when it was never saved. */
    List<RunbookVersion> versions(RunbookSlug slug);

    /**
     * The document exactly as it was saved as {@code version}.
     *
     * @throws DomainException.NotFound ({@code "runbook version"}, {@code "<slug> v<n>"}) when the
     *         runbook or that version does not exist
     */
    String document(RunbookSlug slug, int version);

    /**
     * A unified diff (git's format: {@code a/} and {@code b/} file headers, hunks with three lines of
     * context) of the document from version {@code from} to version {@code to}; either order is
     * allowed, and equal documents give an empty string.
     *
     * @throws DomainException.NotFound ({@code "runbook version"}, {@code "<slug> v<n>"}) when either
     *         version does not exist
     */
    String diff(RunbookSlug slug, int from, int to);
}
