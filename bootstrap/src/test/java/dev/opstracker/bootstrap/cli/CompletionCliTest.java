package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code opstracker completion} and the help that lists every command. */
class CompletionCliTest {

    @Test
    void helpListsEveryCommandOfDailyWork() {
        Result help = Cli.runRaw("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("task", "component", "time", "exec", "commands", "runbook", "tokens", "shell-hook", "completion", "serve",
                "backup", "restore");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "a bash completion script")
    void theCompletionScriptLoadsInBashAndCompletesSubcommands(@TempDir Path work) throws Exception {
        Result completion = Cli.runRaw("completion");
        Path script = Files.writeString(work.resolve("opstracker-completion.bash"), completion.out());
        String probe = "source '" + script + "'; COMP_WORDS=(opstracker ti); COMP_CWORD=1; COMP_LINE='opstracker ti'; COMP_POINT=13; "
                + "_complete_opstracker; printf '%s\\n' \"${COMPREPLY[@]}\"";

        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", probe).redirectErrorStream(true).start();
        String completed = new String(bash.getInputStream().readAllBytes());
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(completion.exitCode()).isZero();
        assertThat(completed.lines()).contains("time");
    }
}
