package dev.opstracker.bootstrap.cli.alert;

import picocli.CommandLine.Command;

/** {@code opstracker alerts ...}: what monitoring sent, and what could not be applied. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Incidents of a task, problems waiting for their threshold, dead letters and their replay.",
        subcommands = {AlertsOfTask.class, AlertsPending.class, AlertsDeadLetters.class, AlertsReplay.class})
public final class AlertsCommand {
}
