package dev.opstracker.bootstrap.cli.task;

import picocli.CommandLine.Command;

/** {@code opstracker task ...}: tasks, from adding one to closing it. */
@Command(name = "task", mixinStandardHelpOptions = true, description = "Add, list, show, edit, start, finish and link tasks.",
        subcommands = {TaskAdd.class, TaskList.class, TaskShow.class, TaskEdit.class, TaskStart.class, TaskDone.class, TaskLink.class})
public final class TaskCommand {
}
