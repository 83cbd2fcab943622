package dev.opstracker.export.runbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens the archive's repository, creating it (with its settings) when the directory has none. */
final class GitRepositories {

    private GitRepositories() {
    }

    static Repository openOrCreate(Path workTree, String branch) throws IOException, GitAPIException {
        Path gitDir = workTree.resolve(Constants.DOT_GIT);
        if (!Files.isDirectory(gitDir)) {
            Files.createDirectories(workTree);
            Git.init().setDirectory(workTree.toFile()).setInitialBranch(branch).call().close();
            Repository created = open(workTree, gitDir);
            settle(created.getConfig());
            return created;
        }
        return open(workTree, gitDir);
    }

    private static Repository open(Path workTree, Path gitDir) throws IOException {
        return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setWorkTree(workTree.toFile())
                .setMustExist(true).build();
    }

    /**
     * The repository's own settings win over the user's and the system's: documents are stored
     * byte for byte (no line-ending conversion) and commits are never signed (no key prompt in a
     * server).
     */
    private static void settle(StoredConfig config) throws IOException {
        config.setString("core", null, "autocrlf", "false");
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
    }
}
