package dev.opstracker.export.runbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;

/**
 * The archive's repository as a git bundle ({@code git bundle create <file> --branches}) and back.
 * A bundle holds every commit reachable from the branches, so restored versions keep their numbers,
 * authors, instants, messages and diffs; the ordinary {@code git} command reads it too.
 */
final class RunbookBundles {

    private RunbookBundles() {
    }

    /** Writes every branch and what it reaches; false, writing nothing, when the repository has no branch yet. */
    static boolean write(Repository repo, OutputStream out) throws IOException {
        List<Ref> branches = repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS);
        if (branches.isEmpty()) {
            return false;
        }
        BundleWriter writer = new BundleWriter(repo);
        for (Ref branch : branches) {
            writer.include(branch);
        }
        writer.writeBundle(NullProgressMonitor.INSTANCE, out);
        return true;
    }

    /**
     * Creates the repository in {@code workTree} (which holds no repository yet) with the archive's
     * settings, fetches the bundle's branches into it and checks {@code branch} out.
     */
    static void unbundle(Path bundle, Path workTree, String branch) throws IOException, GitAPIException {
        try (Repository repo = GitRepositories.openOrCreate(workTree, branch); Git git = new Git(repo)) {
            git.fetch().setRemote(new URIish(bundle.toUri().toURL()).toString())
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_HEADS + "*"))
                    .call();
            git.reset().setMode(ResetType.HARD).setRef(Constants.R_HEADS + branch).call();
        }
    }
}
