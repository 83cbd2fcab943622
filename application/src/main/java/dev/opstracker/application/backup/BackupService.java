package dev.opstracker.application.backup;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.backup.BackupArchiver;
import dev.opstracker.domain.shared.DomainException;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Online backups taken for a caller who downloads them (the API's {@code POST /api/v1/admin/backup}):
 * one at a time, built whole in a temporary file before a byte is sent, recorded in the audit log.
 * The temporary file lies in the data directory, on the volume the {@link StorageWatch} watches, so
 * past the critical level a backup is refused like any other write.
 */
public final class BackupService {

    /** The reason of the conflict answered while another backup is being taken or sent. */
    public static final String BACKUP_RUNNING = "backup-running";

    private final BackupArchiver archiver;
    private final StorageWatch storage;
    private final AuditLog audit;
    private final InstantSource clock;
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    public BackupService(BackupArchiver archiver, StorageWatch storage, AuditLog audit, InstantSource clock) {
        this.archiver = requireNonNull(archiver, "archiver is null");
        this.storage = requireNonNull(storage, "storage is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Writes a backup encrypted with {@code passphrase} and records that {@code actor} took it. Close the
     * answer once it is sent: that deletes the file and lets the next backup start.
     *
     * @throws DomainException.InvalidInput naming {@code passphrase} (by its length, never its value) when it is
     *         shorter than {@value BackupArchiver#MIN_PASSPHRASE_LENGTH} characters
     * @throws DomainException.StorageFull past the critical level of the data directory's volume
     * @throws DomainException.Conflict with reason {@value #BACKUP_RUNNING} while another backup is taken or sent
     */
    public TakenBackup take(Actor actor, char[] passphrase) {
        requireNonNull(actor, "actor is null");
        requirePassphrase(passphrase);
        storage.requireRoomToWrite();
        if (!running.compareAndSet(false, true)) {
            throw new DomainException.Conflict(BACKUP_RUNNING, "a backup is running already: try again once it is done");
        }
        Path file = null;
        try {
            Instant takenAt = clock.instant();
            file = archiver.write(passphrase);
            TakenBackup taken = new TakenBackup(file, takenAt, this::finish);
            // Recorded before a byte of it leaves, as exports are.
            audit.record(actor, AuditAction.BACKUP_TAKEN, "backup", "%d bytes, encrypted".formatted(taken.bytes()));
            return taken;
        } catch (RuntimeException failure) {
            try {
                if (file != null) {
                    archiver.discard(file);
                }
            } finally {
                running.set(false);
            }
            throw failure;
        }
    }

    private void finish(Path file) {
        try {
            archiver.discard(file);
        } finally {
            running.set(false);
        }
    }

    /** The passphrase rule of every backup, shown by length only: the value is a secret. */
    static void requirePassphrase(char[] passphrase) {
        if (passphrase == null) {
            throw new DomainException.InvalidInput("passphrase", null, "a backup needs a passphrase of at least %d characters"
                    .formatted(BackupArchiver.MIN_PASSPHRASE_LENGTH));
        }
        if (passphrase.length < BackupArchiver.MIN_PASSPHRASE_LENGTH) {
            throw new DomainException.InvalidInput("passphrase", "(%d characters, not shown)".formatted(passphrase.length),
                    "a backup passphrase has at least %d characters".formatted(BackupArchiver.MIN_PASSPHRASE_LENGTH));
        }
    }
}
