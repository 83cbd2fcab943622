package dev.opstracker.domain.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandModelTest {

    @Test
    void aCommandNeedsAProgramName() {
        assertThatThrownBy(() -> new CommandSpec(List.of(), Path.of("/tmp"), Map.of(), null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("argv"));
        assertThatThrownBy(() -> new CommandSpec(List.of(" "), Path.of("/tmp"), Map.of(), null))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThatThrownBy(() -> new CommandSpec(List.of("ls"), Path.of("/tmp"), Map.of(), Duration.ZERO))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("timeout"));
        assertThat(new CommandSpec(List.of("ls", "-l"), Path.of("/tmp"), Map.of("LANG", "C"), Duration.ofSeconds(5)).argv())
                .containsExactly("ls", "-l");
    }

    @Test
    void aResultKnowsItsDurationAndCannotEndBeforeItStarts() {
        Instant start = Instant.parse("2026-11-20T08:00:00.000Z");
        CommandResult result = new CommandResult(new CommandResult.Exited(0), start, start.plusMillis(1500));

        assertThat(result.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThatThrownBy(() -> new CommandResult(new CommandResult.TimedOut(Duration.ofSeconds(1)), start, start.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
