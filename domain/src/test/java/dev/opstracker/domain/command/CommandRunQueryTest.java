package dev.opstracker.domain.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommandRunQueryTest {

    private static CommandRunQuery exit(String exit) {
        return new CommandRunQuery(null, null, null, exit, null, null, null);
    }

    @Test
    void anExitFilterIsOkFailedOrACode() {
        assertThat(exit("ok").matches(Runs.run(1, "true", 0))).isTrue();
        assertThat(exit("failed").matches(Runs.run(1, "false", 1))).isTrue();
        assertThat(exit("failed").matches(Runs.run(1, "true", 0))).isFalse();
        assertThat(exit("3").matches(Runs.run(1, "x", 3))).isTrue();
        assertThat(exit("3").matches(Runs.run(1, "x", 4))).isFalse();
        assertThatThrownBy(() -> exit("maybe")).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("maybe");
    }

    @Test
    void aTimeRangeTakesRunsStartedInItAndTextMatchesThePartOfTheCommandLine() {
        CommandRun run = Runs.run(1, "terraform apply -target=module.db", 0);
        Instant start = run.startedAt();

        assertThat(new CommandRunQuery(null, null, null, null, start, start.plusSeconds(1), "apply -target").matches(run)).isTrue();
        assertThat(new CommandRunQuery(null, null, null, null, start.plusMillis(1), null, null).matches(run)).isFalse();
        assertThat(new CommandRunQuery(null, null, null, null, null, start, null).matches(run)).isFalse();
        assertThat(new CommandRunQuery(null, "web-2", null, null, null, null, null).matches(run)).isFalse();
        assertThatThrownBy(() -> new CommandRunQuery(null, null, null, null, start, start, null)).hasMessageContaining("to");
    }

    @Test
    void endingsReadBackFromTheirTextForm() {
        for (CommandResult.Ending ending : new CommandResult.Ending[] {new CommandResult.Exited(-1), new CommandResult.Signalled(9),
                new CommandResult.TimedOut(Duration.ofMillis(1_500)), new CommandResult.Cancelled()}) {
            assertThat(Endings.fromText(Endings.toText(ending))).isEqualTo(ending);
        }
        assertThatThrownBy(() -> Endings.fromText("exploded")).hasMessageContaining("exploded");
    }
}
