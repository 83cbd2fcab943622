package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.cli.alert.AlertsCommand;
import dev.opstracker.bootstrap.cli.command.CommandsCommand;
import dev.opstracker.bootstrap.cli.command.ExecCommand;
import dev.opstracker.bootstrap.cli.infra.ComponentCommand;
import dev.opstracker.bootstrap.cli.runbook.RunbookCommand;
import dev.opstracker.bootstrap.cli.security.TokensCommand;
import dev.opstracker.bootstrap.cli.shell.CompletionCommand;
import dev.opstracker.bootstrap.cli.shell.ShellHookCommand;
import dev.opstracker.bootstrap.cli.task.TaskCommand;
import dev.opstracker.bootstrap.cli.time.TimeCommand;
import dev.opstracker.bootstrap.logging.CommandLineLogging;
import dev.opstracker.bootstrap.logging.LogMasking;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code opstracker} command line. Exit codes: 0 success, 1 a failed operation, 2 a usage error.
 */
@Command(
        name = "opstracker",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Task tracker for infrastructure work: tasks, alerts, commands, time and runbooks.",
        subcommands = {TaskCommand.class, ComponentCommand.class, TimeCommand.class, ExecCommand.class, CommandsCommand.class, RunbookCommand.class, AlertsCommand.class,
            TokensCommand.class, ShellHookCommand.class, CompletionCommand.class, ServeCommand.class, BackupCommand.class, RestoreCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On a failure, print its stack trace (masked) after the one-line message.")
    boolean debug;

    public static void main(String[] args) {
        logUncaughtExceptions();
        if (args.length == 0 || !args[0].equals("serve")) {
            CommandLineLogging.quiet();
        }
        System.exit(commandLine().execute(args));
    }

    /** An exception no thread caught goes to the log, masked and in the log's format, instead of the JVM printing it raw. */
    static void logUncaughtExceptions() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LoggerFactory.getLogger(Main.class).error("Thread {} ended with an uncaught exception", thread.getName(), failure));
    }

    /** The command line with its error handling, for {@link #main} and for programs and tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            // One line naming what went wrong, masked as the log is; the stack trace goes to the log, not the terminal.
            line.getErr().println("opstracker: " + LogMasking.masker().mask(failure.getMessage()));
            if (parsed.originalArgs().contains("--debug")) {
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                line.getErr().print(LogMasking.masker().mask(trace.toString()));
            }
            line.getErr().flush();
            LoggerFactory.getLogger(Main.class).debug("command failed", failure);
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
