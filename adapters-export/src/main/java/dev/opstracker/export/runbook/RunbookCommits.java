package dev.opstracker.export.runbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/** One runbook file written and committed as a whole, or not at all. The caller holds the archive's lock. */
final class RunbookCommits {

    private RunbookCommits() {
    }

    /**
     * Writes {@code bytes} to {@code path} and commits that path alone. On failure the file and its
     * index entry are put back as {@code previous} had them (removed when it is null) and the failure
     * is rethrown, with any trouble of the roll-back attached as suppressed.
     */
    static void commit(Repository repo, String path, byte[] bytes, byte[] previous, PersonIdent person, String message)
            throws IOException, GitAPIException {
        write(repo, path, bytes);
        try {
            addAndCommit(repo, path, person, message);
        } catch (GitAPIException | RuntimeException e) {
            rollBack(repo, path, previous, e);
            throw e;
        }
    }

    /** Written beside the repository's own files and moved into place, so the work tree never holds half a document. */
    private static void write(Repository repo, String path, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(repo.getDirectory().toPath(), "runbook-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, repo.getWorkTree().toPath().resolve(path), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void addAndCommit(Repository repo, String path, PersonIdent person, String message) throws GitAPIException {
        try (Git git = new Git(repo)) {
            git.add().addFilepattern(path).call();
            // --only: a save commits its own file and nothing else that may sit in the index.
            git.commit().setOnly(path).setAuthor(person).setCommitter(person).setMessage(message)
                    .setNoVerify(true).setSign(false).call();
        }
    }

    /** Puts the file and its index entry back as the last version had them (or removes them for a new runbook). */
    private static void rollBack(Repository repo, String path, byte[] previous, Exception failure) {
        try (Git git = new Git(repo)) {
            if (previous == null) {
                git.rm().setCached(true).addFilepattern(path).call();
            } else {
                git.reset().addPath(path).call();
            }
        } catch (GitAPIException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            if (previous == null) {
                Files.deleteIfExists(repo.getWorkTree().toPath().resolve(path));
            } else {
                write(repo, path, previous);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
