package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.backup.RestoreSummary;
import dev.opstracker.bootstrap.cli.Progress;
import dev.opstracker.bootstrap.cli.Terminal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opstracker restore FILE}: a backup unpacked, checked and moved into an empty data directory. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into an empty or new data directory. Every entry is checked against the backup's manifest "
                + "before anything is moved into place; then `opstracker serve --data-dir DIR` runs on it.")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to restore.")
    Path file;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:OPSTRACKER_DATA_DIR}",
            description = "Data directory to restore into; it must be empty or missing. Default: ~/.opstracker; env OPSTRACKER_DATA_DIR.")
    Path dataDirectory;

    @Mixin
    PassphraseOptions passphrase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] secret = passphrase.read();
        try {
            RestoreSummary summary;
            try (Progress progress = Progress.start(Terminal.detect(), spec.commandLine().getErr(), "Restoring")) {
                summary = OpsTracker.restore(file, dataDirectory == null ? Settings.defaultDataDirectory() : dataDirectory, secret,
                        ProgressLines.to(progress));
            }
            spec.commandLine().getOut().println(summary.describe());
            return 0;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
