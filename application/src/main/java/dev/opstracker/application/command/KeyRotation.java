package dev.opstracker.application.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.WrappedKey;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After a master key got a new version: wraps every run's data key under the newest version, a
 * batch at a time, without touching the sealed outputs or argv, so the old version can be retired.
 * Each replacement is compare-and-set: a run rewrapped meanwhile by another node is left alone. Past
 * the critical storage level a rotation is refused before it starts ({@link StorageWatch}).
 */
public final class KeyRotation {

    /** Told how far a rewrap has come, after each batch. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (checked, rewrapped) -> { };

        void runsDone(long checked, long rewrapped);
    }

    private static final int BATCH = 200;

    private final CommandRunStore runs;
    private final Cipher cipher;
    private final StorageWatch storage;

    /** Rotation that does not watch storage. */
    public KeyRotation(CommandRunStore runs, Cipher cipher) {
        this(runs, cipher, StorageWatch.unwatched());
    }

    @Inject
    public KeyRotation(CommandRunStore runs, Cipher cipher, StorageWatch storage) {
        this.runs = requireNonNull(runs, "runs is null");
        this.cipher = requireNonNull(cipher, "cipher is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /** Rewraps the data keys of every run under master key {@code keyName}; returns how many changed. */
    public long rewrapAll(String keyName, Progress progress) {
        storage.requireRoomToWrite();
        requireNonNull(keyName, "keyName is null");
        requireNonNull(progress, "progress is null");
        long checked = 0;
        long rewrapped = 0;
        long after = 0;
        while (true) {
            List<CommandRun> batch = runs.underKey(keyName, after, BATCH);
            if (batch.isEmpty()) {
                return rewrapped;
            }
            for (CommandRun run : batch) {
                WrappedKey newest = cipher.rewrap(run.dataKey());
                if (!newest.equals(run.dataKey()) && runs.replaceDataKey(run.id(), run.dataKey(), newest)) {
                    rewrapped++;
                }
            }
            checked += batch.size();
            after = batch.get(batch.size() - 1).id().value();
            progress.runsDone(checked, rewrapped);
        }
    }
}
