package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.backup.BackupException;
import dev.opstracker.bootstrap.backup.BackupSummary;
import dev.opstracker.bootstrap.backup.BackupWriter;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ConnectionOptions;
import dev.opstracker.bootstrap.cli.Progress;
import dev.opstracker.bootstrap.cli.RemoteTransport;
import dev.opstracker.bootstrap.cli.Terminal;
import dev.opstracker.bootstrap.wiring.ExportModule;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opstracker backup FILE}: an encrypted backup of a data directory, taken without migrating anything. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write an encrypted backup of a data directory: the embedded database, the key and token files, and the runbook "
                + "repository. With --db-url (MariaDB) the database is not included: back it up with MariaDB's own tools.",
            "The embedded database cannot be opened while `opstracker serve` runs on it: with --server URL and an admin token the "
                    + "running server takes the backup itself and sends it here (POST /api/v1/admin/backup); an embedding program backs up "
                    + "online with OpsTracker.backup."})
final class BackupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write; it must not exist yet.")
    Path file;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:OPSTRACKER_DB_URL}",
            description = "JDBC URL of a MariaDB database, to record its schema version; env OPSTRACKER_DB_URL.")
    String databaseUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:OPSTRACKER_DB_USER}", description = "Database user; env OPSTRACKER_DB_USER.")
    String databaseUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:OPSTRACKER_DB_PASSWORD}",
            description = "Database password; prefer env OPSTRACKER_DB_PASSWORD.")
    String databasePassword;

    @Mixin
    PassphraseOptions passphrase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<RemoteTransport> remote = connection.remote();
        if (remote.isPresent()) {
            return fromServer(remote.get());
        }
        Path directory = connection.dataDirectory();
        if (!Files.isDirectory(directory)) {
            throw new BackupException("data directory %s does not exist".formatted(directory));
        }
        char[] secret = passphrase.read();
        try (Database database = open(directory); JgitRunbookArchive runbooks = new JgitRunbookArchive(directory.resolve(ExportModule.RUNBOOKS_DIRECTORY))) {
            BackupSummary summary;
            try (Progress progress = Progress.start(Terminal.detect(), spec.commandLine().getErr(), "Backing up")) {
                summary = new BackupWriter(database, directory, runbooks, InstantSource.system()).write(file, secret, ProgressLines.to(progress));
            }
            spec.commandLine().getOut().println(summary.describe());
            return 0;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The server takes the backup itself and sends it; the file here is written whole or not at all. */
    private int fromServer(RemoteTransport server) {
        char[] secret = passphrase.read();
        try (server; Progress progress = Progress.start(Terminal.detect(), spec.commandLine().getErr(), "Backing up " + server.describe())) {
            byte[] body = Api.bytes(Api.object().put("passphrase", new String(secret)));
            long bytes = server.download(ApiCall.send("POST", "/api/v1/admin/backup", "application/json", body)
                    .withHeader("Accept", "application/octet-stream"), file);
            progress.close();
            spec.commandLine().getOut().println("Wrote the backup %s of %s (%,d bytes)".formatted(file, server.describe(), bytes));
            return 0;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private Database open(Path directory) {
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            return new Database(databaseUrl, databaseUser, databasePassword);
        }
        if (!Files.isRegularFile(directory.resolve(Database.EMBEDDED_FILE_NAME))) {
            throw new BackupException("data directory %s holds no embedded database (%s)".formatted(directory, Database.EMBEDDED_FILE_NAME));
        }
        try {
            return Database.embedded(directory);
        } catch (RuntimeException failure) {
            if (EmbeddedLock.heldByAnotherProcess(failure)) {
                throw new BackupException(("the embedded database in %s is open in another process, such as a running `opstracker serve`: "
                        + "ask it for the backup with --server URL, or stop it and back up again").formatted(directory), failure);
            }
            throw failure;
        }
    }
}
