package dev.opstracker.bootstrap.backup;

import dev.opstracker.bootstrap.AdminTokenSetup;
import dev.opstracker.bootstrap.MasterKeySetup;
import dev.opstracker.bootstrap.wiring.ExportModule;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.security.KeyFileMasterKeys;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The names a backup archive may hold; each is the file's name in the data directory, but the bundle and the manifest. */
final class BackupEntries {

    static final String DATABASE = Database.EMBEDDED_FILE_NAME;
    static final String RUNBOOKS = "runbooks.bundle";
    /** The runbook archive's directory in the data directory, rebuilt from {@link #RUNBOOKS}. */
    static final String RUNBOOKS_DIRECTORY = ExportModule.RUNBOOKS_DIRECTORY;
    /** Key and token files copied as they are; the key file's password file only exists without its variable. */
    static final List<String> FILES = List.of(KeyFileMasterKeys.FILE_NAME, MasterKeySetup.PASSWORD_FILE, AdminTokenSetup.FILE_NAME);
    static final Set<String> ALL = Stream.concat(Stream.of(DATABASE, RUNBOOKS, BackupManifest.NAME), FILES.stream()).collect(Collectors.toUnmodifiableSet());

    private BackupEntries() {
    }
}
