package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.bootstrap.StorageSettingsVariables;
import dev.opstracker.bootstrap.WatchedVolumes;
import dev.opstracker.bootstrap.system.FileStoreDiskSpace;
import dev.opstracker.bootstrap.system.LoggedStorageLevels;
import dev.opstracker.domain.storage.DiskSpace;
import java.time.InstantSource;

/**
 * Storage watching: the local volumes measured through their file stores, the thresholds (from the
 * settings, else the {@code OPSTRACKER_STORAGE_*} variables), and the one watch every writing use case,
 * command capture and {@code /health} ask. Each change of level is logged once.
 */
public final class StorageModule extends AbstractModule {

    private final Settings settings;

    public StorageModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Provides
    @Singleton
    StorageSettings storageSettings() {
        return settings.storage() != null ? settings.storage() : StorageSettingsVariables.from(System::getenv);
    }

    @Provides
    @Singleton
    DiskSpace diskSpace() {
        return new FileStoreDiskSpace(WatchedVolumes.of(settings));
    }

    @Provides
    @Singleton
    static StorageWatch storageWatch(DiskSpace disk, StorageSettings storage, InstantSource clock) {
        return new StorageWatch(disk, storage, clock, new LoggedStorageLevels());
    }
}
