package dev.opstracker.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Looks at processes a test command started, through the pid files its script wrote. */
final class TestProcesses {

    private TestProcesses() {
    }

    /** A zombie counts as stopped: it has ended, and reaping it is its parent's (here init's) business. */
    static boolean isRunning(Path pidFile) throws IOException {
        return ProcessHandle.of(pid(pidFile)).map(ProcessTree::isRunning).orElse(false);
    }

    static long pid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    /** Waits until the script has written the whole pid line, so the process it names has started. */
    static void awaitWritten(Path pidFile, Duration limit) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + limit.toNanos();
        while (!(Files.exists(pidFile) && Files.readString(pidFile).endsWith("\n"))) {
            assertThat(System.nanoTime() - giveUp).as("%s written within %s", pidFile, limit).isNegative();
            Thread.sleep(20);
        }
    }
}
