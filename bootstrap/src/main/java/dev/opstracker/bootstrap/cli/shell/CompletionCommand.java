package dev.opstracker.bootstrap.cli.shell;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code opstracker completion}: the bash completion script (zsh loads it through bashcompinit). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the completion script for bash and zsh:",
            "  bash: source <(opstracker completion)",
            "  zsh:  autoload -U +X bashcompinit && bashcompinit && source <(opstracker completion)"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("opstracker", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
