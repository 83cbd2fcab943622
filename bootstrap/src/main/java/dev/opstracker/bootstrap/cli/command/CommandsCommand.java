package dev.opstracker.bootstrap.cli.command;

import picocli.CommandLine.Command;

/** {@code opstracker commands ...}: the audit trail of commands run for tasks. */
@Command(name = "commands", mixinStandardHelpOptions = true, description = "List, show, search and record the commands run for tasks.",
        subcommands = {CommandsList.class, CommandsShow.class, CommandsSearch.class, CommandsRecord.class})
public final class CommandsCommand {
}
