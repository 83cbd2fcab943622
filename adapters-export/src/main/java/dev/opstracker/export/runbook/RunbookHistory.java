package dev.opstracker.export.runbook;

import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The commits that changed one runbook file, oldest first: version n is the n-th of them. Read from
 * the branch as it was when this was built, so one call sees one consistent history.
 */
final class RunbookHistory {

    private final Repository repository;
    private final String path;
    private final List<RevCommit> oldestFirst;

    private RunbookHistory(Repository repository, String path, List<RevCommit> oldestFirst) {
        this.repository = repository;
        this.path = path;
        this.oldestFirst = oldestFirst;
    }

    static RunbookHistory of(Repository repository, String path) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return new RunbookHistory(repository, path, List.of());
        }
        List<RevCommit> newestFirst = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            // The history is a single line of commits, so the walk follows it parent by parent
            // whatever instants the saves were given.
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(head));
            walk.forEach(newestFirst::add);
        }
        return new RunbookHistory(repository, path, newestFirst.reversed());
    }

    boolean isEmpty() {
        return oldestFirst.isEmpty();
    }

    int size() {
        return oldestFirst.size();
    }

    /** The commit of version {@code number}, 1-based. */
    RevCommit commit(int number) {
        return oldestFirst.get(number - 1);
    }

    RunbookVersion version(RunbookSlug slug, int number) {
        RevCommit commit = commit(number);
        return new RunbookVersion(slug, number, commit.name(), commit.getAuthorIdent().getName(),
                commit.getFullMessage(), commit.getAuthorIdent().getWhenAsInstant());
    }

    List<RunbookVersion> newestFirst(RunbookSlug slug) {
        return IntStream.iterate(size(), number -> number >= 1, number -> number - 1)
                .mapToObj(number -> version(slug, number))
                .toList();
    }

    /** The file's bytes as version {@code number} left them. */
    byte[] bytes(int number) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit(number).getTree())) {
            if (walk == null) {
                throw new IOException("%s is missing from commit %s".formatted(path, commit(number).name()));
            }
            try (InputStream in = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).openStream()) {
                return in.readAllBytes();
            }
        }
    }
}
