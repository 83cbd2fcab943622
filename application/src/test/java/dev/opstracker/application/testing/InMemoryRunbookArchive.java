package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.DocumentDiff;
import dev.opstracker.domain.runbook.RunbookArchive;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runbook versions in lists, for use-case tests. Numbers, the unchanged-document rule, instants kept
 * to the second and the errors are as the port says. It differs from the git archive in two ways a
 * test should not rely on: a revision is {@code mem-<slug>-<n>} rather than a commit id, and a diff
 * is the whole document as one hunk (every line, {@code " "}, {@code "-"} or {@code "+"}, after
 * {@code --- a/<slug>.json} and {@code +++ b/<slug>.json} headers) rather than git's hunks with three
 * lines of context. Synchronized, so saves are serialised.
 */
public final class InMemoryRunbookArchive implements RunbookArchive {

    private record Saved(RunbookVersion version, String document) {
    }

    private final Map<RunbookSlug, List<Saved>> history = new HashMap<>();

    @Override
    public synchronized RunbookVersion save(RunbookSlug slug, String document, String author, String message, Instant at) {
        requireNonNull(slug, "slug is null");
        requireNonNull(document, "document is null");
        requireNonNull(at, "at is null");
        if (author == null || author.isBlank()) {
            throw new DomainException.InvalidInput("author", author, "a runbook version names who saved it");
        }
        if (message == null || message.isBlank()) {
            throw new DomainException.InvalidInput("message", message, "a runbook version says why it was saved");
        }
        List<Saved> versions = history.computeIfAbsent(slug, key -> new ArrayList<>());
        if (!versions.isEmpty() && versions.getLast().document().equals(document)) {
            return versions.getLast().version();
        }
        int number = versions.size() + 1;
        RunbookVersion version = new RunbookVersion(slug, number, "mem-%s-%d".formatted(slug, number), author, message, at.truncatedTo(ChronoUnit.SECONDS));
        versions.add(new Saved(version, document));
        return version;
    }

    @Override
    public synchronized List<RunbookVersion> versions(RunbookSlug slug) {
        return history.getOrDefault(requireNonNull(slug, "slug is null"), List.of()).reversed().stream().map(Saved::version).toList();
    }

    @Override
    public synchronized String document(RunbookSlug slug, int version) {
        List<Saved> versions = history.getOrDefault(requireNonNull(slug, "slug is null"), List.of());
        if (version < 1 || version > versions.size()) {
            throw new DomainException.NotFound("runbook version", "%s v%d".formatted(slug, version));
        }
        return versions.get(version - 1).document();
    }

    @Override
    public synchronized String diff(RunbookSlug slug, int from, int to) {
        return DocumentDiff.of(slug + ".json", document(slug, from), document(slug, to));
    }
}
