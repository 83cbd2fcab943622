package dev.opstracker.application.testing;

import dev.opstracker.domain.backup.BackupArchiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Backups that are a few known bytes in a temporary file, for tests of what is done with a backup rather than
 * of its content. A test may hold a backup half-way ({@link #holdNext}) to see what a second caller gets meanwhile.
 */
public final class InMemoryBackupArchiver implements BackupArchiver {

    /** Some kilobytes of ASCII: more than an HTTP server compresses by default, readable as text in a test. */
    public static final byte[] CONTENT = ("OTSEALED" + " a backup's bytes".repeat(300)).getBytes(StandardCharsets.US_ASCII);

    private final List<Path> written = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch entered;
    private volatile CountDownLatch release;
    private volatile RuntimeException failure;

    /** The next write waits, once it has started, until {@code release} is counted down; {@code entered} tells it started. */
    public void holdNext(CountDownLatch entered, CountDownLatch release) {
        this.entered = entered;
        this.release = release;
    }

    /** The next write fails with {@code failure}. */
    public void failNext(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public Path write(char[] passphrase) {
        RuntimeException fail = failure;
        failure = null;
        CountDownLatch held = release;
        release = null;
        if (held != null) {
            entered.countDown();
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (fail != null) {
            throw fail;
        }
        try {
            Path file = Files.createTempFile("opstracker-test-backup-", ".backup");
            Files.write(file, CONTENT);
            written.add(file);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void discard(Path backup) {
        try {
            Files.deleteIfExists(backup);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every backup written so far, deleted or not. */
    public List<Path> written() {
        return List.copyOf(written);
    }
}
