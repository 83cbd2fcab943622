package dev.opstracker.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.testing.InMemoryBackupArchiver;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.shared.DomainException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupServiceTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final Actor ADMIN = Actor.token("ops admin", 3);

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final InMemoryAuditStore auditStore = new InMemoryAuditStore();
    private final InMemoryBackupArchiver archiver = new InMemoryBackupArchiver();
    private final BackupService backups = new BackupService(archiver,
            new StorageWatch(disk, StorageSettings.DEFAULT.withCheckInterval(Duration.ZERO), clock, StorageWatch.Listener.NONE),
            new AuditLog(auditStore, clock), clock);

    @Test
    void aBackupIsReadableUntilClosedThenItsFileIsDeletedAndTheTakingIsAuditedWithoutThePassphrase() throws Exception {
        TakenBackup taken = backups.take(ADMIN, PASSPHRASE);
        try (InputStream in = taken.open()) {
            assertThat(in.readAllBytes()).isEqualTo(InMemoryBackupArchiver.CONTENT);
        }
        taken.close();

        assertThat(taken.takenAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(taken.bytes()).isEqualTo(InMemoryBackupArchiver.CONTENT.length);
        assertThat(archiver.written()).hasSize(1).noneMatch(Files::exists);
        AuditEntry entry = auditStore.all().getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.BACKUP_TAKEN);
        assertThat(entry.actor()).isEqualTo(ADMIN);
        assertThat(entry.toString()).doesNotContain(new String(PASSPHRASE));
    }

    @Test
    void aPassphraseOfElevenCharactersIsRefusedNamingPassphraseByItsLengthOnly() {
        assertThatThrownBy(() -> backups.take(ADMIN, "abcdefghijk".toCharArray()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("passphrase");
                    assertThat(invalid.getMessage()).contains("11 characters", "at least 12").doesNotContain("abcdefghijk");
                });
        assertThatThrownBy(() -> backups.take(ADMIN, null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("passphrase"));
        assertThat(archiver.written()).isEmpty();
        assertThat(auditStore.all()).isEmpty();
    }

    @Test
    void aSecondBackupWhileTheFirstIsNotClosedIsAConflictAndAfterItIsClosedOneMayStart() {
        TakenBackup first = backups.take(ADMIN, PASSPHRASE);

        assertThatThrownBy(() -> backups.take(ADMIN, PASSPHRASE)).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo(BackupService.BACKUP_RUNNING));
        first.close();
        first.close();

        backups.take(ADMIN, PASSPHRASE).close();
        assertThat(archiver.written()).hasSize(2);
    }

    @Test
    void aFailedBackupIsNotAuditedAndLetsTheNextOneStart() {
        archiver.failNext(new IllegalStateException("disk went away"));

        assertThatThrownBy(() -> backups.take(ADMIN, PASSPHRASE)).hasMessage("disk went away");

        assertThat(auditStore.all()).isEmpty();
        backups.take(ADMIN, PASSPHRASE).close();
    }

    @Test
    void pastTheCriticalLevelOfTheDataDirectorysVolumeWhereTheBackupIsWrittenFirstItIsRefusedAsStorageFull() {
        disk.full();

        assertThatThrownBy(() -> backups.take(ADMIN, PASSPHRASE)).isInstanceOf(DomainException.StorageFull.class);
        assertThat(archiver.written()).isEmpty();
    }
}
