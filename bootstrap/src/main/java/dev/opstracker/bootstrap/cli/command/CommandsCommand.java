package dev.opstracker.bootstrap.cli.command;

import picocli.CommandLine.Command;

/** {@code opstracker commands ...}: the audit trail of commands run for tasks. */
@Command(name = "commands", mixinStandardHelpOptions = true, description = "List, show and search the commands recorded in tasks.",
        subcommands = {CommandsList.class, CommandsShow.class, CommandsSearch.class})
public final class CommandsCommand {
}
