package dev.opstracker.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.time.TimeExportWriter;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.domain.runbook.RunbookArchive;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.export.runbook.JacksonRunbookDocuments;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.export.time.TimeExportWriters;

/**
 * The export formats: time reports and entries written with the same secret rules as command capture
 * masks by; runbooks as documents, and their history in a git repository under the data directory.
 */
public final class ExportModule extends AbstractModule {

    /** The directory of the runbook archive's git repository, inside the data directory. */
    public static final String RUNBOOKS_DIRECTORY = "runbooks";

    @Provides
    @Singleton
    static TimeExportWriter timeExportWriter(CaptureSettings capture) {
        return new TimeExportWriters(capture.masker());
    }

    @Provides
    @Singleton
    static RunbookDocuments runbookDocuments() {
        return new JacksonRunbookDocuments();
    }

    /** The archive itself, so that OpsTracker can close it; it touches the disk only on its first use. */
    @Provides
    @Singleton
    static JgitRunbookArchive jgitRunbookArchive(Settings settings) {
        return new JgitRunbookArchive(settings.dataDirectory().resolve(RUNBOOKS_DIRECTORY));
    }

    @Provides
    @Singleton
    static RunbookArchive runbookArchive(JgitRunbookArchive archive) {
        return archive;
    }
}
