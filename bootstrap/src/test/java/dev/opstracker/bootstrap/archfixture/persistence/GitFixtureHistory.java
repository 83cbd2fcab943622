package dev.opstracker.bootstrap.archfixture.persistence;

import org.eclipse.jgit.lib.ObjectId;

/** Breaks the JGit rule: git history read outside the export adapter (which owns the runbook archive). */
public final class GitFixtureHistory {

    public String revision(String hex) {
        return ObjectId.fromString(hex).name();
    }
}
