package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();

    @Test
    void onATerminalLongWorkShowsABarThatIsClearedAtTheEnd() throws InterruptedException {
        try (Progress progress = Progress.start(Terminal.of(true, "1"), new PrintWriter(err), "Importing inventory.csv")) {
            progress.update(512, 1024);
            Thread.sleep(600);
        }

        assertThat(err.toString()).contains("\rImporting inventory.csv [############            ]  50% 0s").endsWith("\r");
    }

    @Test
    void withoutASizeItSpins() throws InterruptedException {
        try (Progress progress = Progress.start(Terminal.of(true, "1"), new PrintWriter(err), "Generating runbook")) {
            Thread.sleep(600);
        }

        assertThat(err.toString()).contains("\rGenerating runbook | 0s", "\rGenerating runbook / 0s");
    }

    @Test
    void inAPipeOrFileNothingIsWritten() throws InterruptedException {
        try (Progress progress = Progress.start(Terminal.of(false, null), new PrintWriter(err), "Exporting")) {
            progress.update(1, 2);
            Thread.sleep(300);
        }

        assertThat(err.toString()).isEmpty();
    }
}
