package dev.opstracker.bootstrap.cli.runbook;

import picocli.CommandLine.Command;

/** {@code opstracker runbook ...}: runbooks made from finished tasks, versioned. */
@Command(name = "runbook", mixinStandardHelpOptions = true, description = "Generate runbooks from finished tasks; show, version and diff them.",
        subcommands = {RunbookGenerate.class, RunbookList.class, RunbookShow.class, RunbookVersions.class, RunbookDiff.class})
public final class RunbookCommand {
}
