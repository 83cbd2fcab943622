package dev.opstracker.export.runbook;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStep;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.StepCommand;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runbooks built directly (not generated), so the renderers are tested on their own. */
final class RunbookFixtures {

    private RunbookFixtures() {
    }

    /**
     * The golden runbook: two variables, three steps (the second with a pitfall and an output holding
     * a fence and a pipe, the third changing state and running in a directory), a rollback note.
     */
    static Runbook highDiskUsage() {
        return new Runbook(new RunbookSlug("high-disk-usage-on-node"), "High disk usage on a node",
                "Free space on a node whose root filesystem is over 90% full, as was done in three incidents.",
                RunbookScope.of(Set.of("HighDiskUsage"), Set.of("node"), Map.of("team", "sre", "env", "prod")),
                List.of("SSH access to the node as a sudoer", "A kubectl context for the cluster"),
                List.of(new RunbookVariable("host", "The node whose disk filled up", List.of("web-01", "web-02", "web-03")),
                        new RunbookVariable("namespace", "The namespace of the log shipper", List.of("logging", "logging-canary", "logging"))),
                List.of(checkDiskUsage(), findTheNoisyShipper(), vacuumTheJournal()),
                List.of("Vacuumed journal files cannot be restored: export them first with journalctl --output=export when an investigation needs them."),
                Duration.ofMinutes(25).plusSeconds(10),
                List.of(TaskId.of(12), TaskId.of(15), TaskId.of(19)));
    }

    static RunbookStep checkDiskUsage() {
        return new RunbookStep("Check disk usage", "See which filesystem is full before touching anything.",
                List.of(new StepCommand("ssh {{host}} df -h /", null, """
                        Filesystem      Size  Used Avail Use% Mounted on
                        /dev/sda1        50G   47G  3.0G  94% /""", 0)),
                "", List.of(), false);
    }

    static RunbookStep findTheNoisyShipper() {
        return new RunbookStep("Find the noisy log shipper", "The shipper retries rejected batches and fills the journal.",
                List.of(new StepCommand("kubectl -n {{namespace}} logs deploy/log-shipper --tail=2 | grep -c rejected", null, """
                        level=warn msg="batch ```json {"size":512}``` rejected"
                        buffer | 94% full""", 0)),
                "The count is above zero.",
                List.of("Without --tail the command streams the whole log and never ends: the first run had to be interrupted (exit 130)."),
                false);
    }

    static RunbookStep vacuumTheJournal() {
        return new RunbookStep("Vacuum the journal", "Archived journal files are most of the used space.",
                List.of(new StepCommand("ssh {{host}} sudo journalctl --vacuum-size=2G", null,
                                "Vacuuming done, freed 9.8G of archived journals from /var/log/journal.", 0),
                        new StepCommand("kubectl -n {{namespace}} rollout restart deploy/log-shipper", "/srv/ops",
                                "deployment.apps/log-shipper restarted", 0)),
                "Run step 1 again: the root filesystem is below 80%.", List.of(), true);
    }
}
