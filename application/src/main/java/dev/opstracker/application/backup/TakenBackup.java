package dev.opstracker.application.backup;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A finished backup waiting in a temporary file to be sent. Closing it deletes the file and ends the
 * backup, so that the next one may start; closing twice does nothing.
 */
public final class TakenBackup implements AutoCloseable {

    private final Path file;
    private final Instant takenAt;
    private final long bytes;
    private final Consumer<Path> finish;
    private final AtomicBoolean closed = new AtomicBoolean();

    TakenBackup(Path file, Instant takenAt, Consumer<Path> finish) {
        this.file = requireNonNull(file, "file is null");
        this.takenAt = requireNonNull(takenAt, "takenAt is null");
        this.finish = requireNonNull(finish, "finish is null");
        try {
            this.bytes = Files.size(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the size of the backup just written: " + failure.getMessage(), failure);
        }
    }

    /** When the backup was started. */
    public Instant takenAt() {
        return takenAt;
    }

    /** The size of the encrypted backup. */
    public long bytes() {
        return bytes;
    }

    /** The encrypted backup from its first byte. */
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            finish.accept(file);
        }
    }
}
