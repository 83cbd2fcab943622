package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void colourIsUsedOnATerminalOnlyAndNeverWhenNoColorIsSetToAnything() {
        assertThat(Terminal.of(true, null).colour()).isTrue();
        assertThat(Terminal.of(true, "").colour()).isTrue();
        assertThat(Terminal.of(true, "1").colour()).isFalse();
        assertThat(Terminal.of(true, "false").colour()).isFalse();
        assertThat(Terminal.of(false, null).colour()).isFalse();
    }

    @Test
    void withoutAConsoleThereIsNoTerminal() {
        assertThat(Terminal.attached(null)).isFalse();
    }

    @Test
    void boldTextHasEscapesOnlyWhenColourIsOn() {
        assertThat(Terminal.of(true, null).bold("ID")).isEqualTo("\u001B[1mID\u001B[0m");
        assertThat(Terminal.of(true, "1").bold("ID")).isEqualTo("ID");
    }
}
