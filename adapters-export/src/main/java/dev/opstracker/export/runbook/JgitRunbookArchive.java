package dev.opstracker.export.runbook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.RunbookArchive;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The runbook archive as a git repository (non-bare, branch {@code main}) in a directory of its
 * own, normally {@code <data dir>/runbooks}: one file {@code <slug>.json} per runbook at the root,
 * one commit per saved version, with the saver as author and committer. The repository is created
 * on first use and can be read, cloned or backed up with the ordinary {@code git} command.
 *
 * <p>Saves are serialised by a lock held by this instance, so one process (one instance) owns the
 * directory. With several API nodes on one database, runbook metadata and the current version are
 * shared through the database; this archive lives on the node that writes it.
 *
 * <p>Git keeps time to the second, so {@link RunbookVersion#savedAt()} is the save's instant
 * truncated to the second. Failures of the disk or of git surface as {@link RunbookArchiveException};
 * a failed save leaves neither a half-written file nor a staged but uncommitted change.
 */
public final class JgitRunbookArchive implements RunbookArchive, AutoCloseable {

    /** Authors get the e-mail {@code <name>@opstracker.invalid} unless another domain is configured. */
    public static final String DEFAULT_EMAIL_DOMAIN = "opstracker.invalid";
    static final String BRANCH = "main";

    private final Path directory;
    private final String emailDomain;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Repository repository;

    /** An archive in {@code directory}; nothing is touched on disk until the first call. */
    public JgitRunbookArchive(Path directory) {
        this(directory, DEFAULT_EMAIL_DOMAIN);
    }

    /** As {@link #JgitRunbookArchive(Path)}, authors' e-mail addresses ending in {@code @emailDomain}. */
    public JgitRunbookArchive(Path directory, String emailDomain) {
        this.directory = requireNonNull(directory, "directory is null").toAbsolutePath();
        requireNonNull(emailDomain, "emailDomain is null");
        if (!emailDomain.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
            throw new DomainException.InvalidInput("emailDomain", emailDomain, "a domain name such as opstracker.invalid");
        }
        this.emailDomain = emailDomain;
    }

    @Override
    public RunbookVersion save(RunbookSlug slug, String document, String author, String message, Instant at) {
        requireNonNull(slug, "slug is null");
        requireNonNull(document, "document is null");
        requireNonNull(at, "at is null");
        requireText("author", author);
        requireText("message", message);
        String path = fileName(slug);
        lock.lock();
        try {
            Repository repo = repository();
            RunbookHistory history = RunbookHistory.of(repo, path);
            byte[] bytes = document.getBytes(UTF_8);
            byte[] current = history.isEmpty() ? null : history.bytes(history.size());
            if (Arrays.equals(current, bytes)) {
                return history.version(slug, history.size());
            }
            RunbookCommits.commit(repo, path, bytes, current, new PersonIdent(author, email(author), at, ZoneOffset.UTC), message);
            RunbookHistory saved = RunbookHistory.of(repo, path);
            return saved.version(slug, saved.size());
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("could not save " + path, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<RunbookVersion> versions(RunbookSlug slug) {
        requireNonNull(slug, "slug is null");
        try {
            RunbookHistory history = RunbookHistory.of(repository(), fileName(slug));
            return history.newestFirst(slug);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("could not list the versions of " + fileName(slug), e);
        }
    }

    @Override
    public String document(RunbookSlug slug, int version) {
        requireNonNull(slug, "slug is null");
        try {
            RunbookHistory history = RunbookHistory.of(repository(), fileName(slug));
            requireVersion(slug, history, version);
            return new String(history.bytes(version), UTF_8);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("could not read %s v%d".formatted(fileName(slug), version), e);
        }
    }

    @Override
    public String diff(RunbookSlug slug, int from, int to) {
        requireNonNull(slug, "slug is null");
        String path = fileName(slug);
        try {
            Repository repo = repository();
            RunbookHistory history = RunbookHistory.of(repo, path);
            requireVersion(slug, history, from);
            requireVersion(slug, history, to);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DiffFormatter formatter = new DiffFormatter(out)) {
                formatter.setRepository(repo);
                formatter.setPathFilter(PathFilter.create(path));
                formatter.format(history.commit(from).getTree(), history.commit(to).getTree());
                formatter.flush();
            }
            return out.toString(UTF_8);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("could not diff %s v%d and v%d".formatted(path, from, to), e);
        }
    }

    /**
     * Writes the repository as a git bundle of every branch, holding the save lock, so the bundle
     * ends at a completed save. Returns false, writing nothing and creating no repository, when no
     * runbook was ever saved here. A bundle also reads consistently while another process saves:
     * git writes a commit's objects before it moves the branch to it.
     */
    public boolean writeBundle(OutputStream out) {
        requireNonNull(out, "out is null");
        lock.lock();
        try {
            if (repository == null && !Files.isDirectory(directory.resolve(Constants.DOT_GIT))) {
                return false;
            }
            return RunbookBundles.write(repository(), out);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure("could not write a bundle", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Recreates an archive in {@code directory}, which must hold no repository, from a bundle that
     * {@link #writeBundle} wrote: the same commits, the work tree checked out at {@code main}.
     */
    public static void restoreBundle(Path bundle, Path directory) {
        requireNonNull(bundle, "bundle is null");
        requireNonNull(directory, "directory is null");
        if (Files.exists(directory.resolve(Constants.DOT_GIT))) {
            throw new IllegalArgumentException("%s already holds a git repository".formatted(directory));
        }
        try {
            RunbookBundles.unbundle(bundle, directory, BRANCH);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw new RunbookArchiveException("runbook archive in %s could not be restored from %s: %s"
                    .formatted(directory, bundle, e.getMessage()), e);
        }
    }

    /** Closes the repository; a later call opens it again. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (repository != null) {
                repository.close();
                repository = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The directory holding the repository (its work tree). */
    public Path directory() {
        return directory;
    }

    static String fileName(RunbookSlug slug) {
        return slug.value() + ".json";
    }

    /** A person's name as the local part of an address: lower case, anything odd turned into hyphens. */
    String email(String author) {
        String local = author.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return (local.isEmpty() ? "someone" : local) + "@" + emailDomain;
    }

    private Repository repository() throws IOException, GitAPIException {
        Repository current = repository;
        if (current != null) {
            return current;
        }
        lock.lock();
        try {
            if (repository == null) {
                repository = GitRepositories.openOrCreate(directory, BRANCH);
            }
            return repository;
        } finally {
            lock.unlock();
        }
    }

    private static void requireVersion(RunbookSlug slug, RunbookHistory history, int version) {
        if (version < 1 || version > history.size()) {
            throw new DomainException.NotFound("runbook version", "%s v%d".formatted(slug, version));
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidInput(field, value, "must not be blank");
        }
    }

    private RunbookArchiveException failure(String what, Exception cause) {
        return new RunbookArchiveException("runbook archive in %s %s: %s".formatted(directory, what, cause.getMessage()), cause);
    }
}
