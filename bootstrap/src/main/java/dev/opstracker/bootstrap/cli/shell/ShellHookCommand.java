package dev.opstracker.bootstrap.cli.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code opstracker shell-hook bash|zsh}: prints the snippet that, evaluated in the shell's rc file, records each
 * command line run while a task is active ({@code ot-task 42}) with its exit code and timing.
 */
@Command(name = "shell-hook", mixinStandardHelpOptions = true,
        description = {"Print the shell integration: eval \"$(opstracker shell-hook bash)\" in ~/.bashrc (or zsh in ~/.zshrc).",
            "Then `ot-task 42` makes task 42 active in that shell: each command line is recorded in it (not its output; use exec for that); "
                    + "`ot-task off` stops."})
public final class ShellHookCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    @Option(names = "--command", paramLabel = "PATH", defaultValue = "opstracker",
            description = "How the hook calls OpsTracker, with the options it needs (such as --server). Default: ${DEFAULT-VALUE}.")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = shell.toLowerCase(Locale.ROOT);
        if (!name.equals("bash") && !name.equals("zsh")) {
            throw new ParameterException(spec.commandLine(), "shell-hook supports bash and zsh, not " + shell);
        }
        spec.commandLine().getOut().print(snippet(name).replace("__OPSTRACKER_COMMAND__", command));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String snippet(String shell) {
        try (InputStream in = ShellHookCommand.class.getResourceAsStream("hook." + shell)) {
            if (in == null) {
                throw new IllegalStateException("the " + shell + " hook is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
