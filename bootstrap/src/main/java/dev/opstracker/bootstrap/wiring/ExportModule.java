package dev.opstracker.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.time.TimeExportWriter;
import dev.opstracker.export.time.TimeExportWriters;

/** The export formats: time reports and entries written with the same secret rules as command capture masks by. */
public final class ExportModule extends AbstractModule {

    @Provides
    @Singleton
    static TimeExportWriter timeExportWriter(CaptureSettings capture) {
        return new TimeExportWriters(capture.masker());
    }
}
