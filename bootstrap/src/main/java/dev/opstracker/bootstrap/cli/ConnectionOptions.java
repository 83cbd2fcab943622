package dev.opstracker.bootstrap.cli;

import dev.opstracker.bootstrap.EmbeddedLock;
import dev.opstracker.bootstrap.LocalApi;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Where a command's data lives: the embedded store in a data directory (the default), or a running server
 * ({@code --server}) reached with a token from {@code --token}, {@code OPSTRACKER_TOKEN} or the config file, in
 * that order. The config file ({@code ~/.config/opstracker/cli.properties}, keys {@code server} and {@code token})
 * must be readable by its owner only, as it holds a secret.
 */
public final class ConnectionOptions {

    static final String CONFIG_VARIABLE = "OPSTRACKER_CONFIG";

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:OPSTRACKER_DATA_DIR}",
            description = "Data directory of the embedded store. Default: ~/.opstracker; env OPSTRACKER_DATA_DIR.")
    Path dataDirectory;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:OPSTRACKER_SERVER}",
            description = "A running server to work with instead of the data directory, such as https://ops.example.com; env OPSTRACKER_SERVER.")
    URI server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:OPSTRACKER_TOKEN}",
            description = "API token for --server; prefer env OPSTRACKER_TOKEN or the config file, which other users cannot see in the process list.")
    String token;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:" + CONFIG_VARIABLE + "}",
            description = "Owner-only properties file with `server` and `token`. Default: ~/.config/opstracker/cli.properties; env " + CONFIG_VARIABLE + ".")
    Path config;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who works on the data directory, for time records and the audit log (with --server the token says who). Default: ${DEFAULT-VALUE}.")
    String operator;

    /** Opens the store or reaches the server these options name. */
    public ApiTransport open() {
        Optional<RemoteTransport> remote = remote();
        if (remote.isPresent()) {
            return remote.get();
        }
        Path directory = dataDirectory();
        return new LocalTransport(EmbeddedStore.open(directory, operator), directory);
    }

    /** The data directory these options name (absolute), whether or not a server is named too. */
    public Path dataDirectory() {
        return (dataDirectory == null ? Settings.defaultDataDirectory() : dataDirectory).toAbsolutePath();
    }

    /** The server these options name (option, environment or config file) with its token; empty when they name none. */
    public Optional<RemoteTransport> remote() {
        Properties file = configFile();
        URI chosenServer = server != null ? server : property(file, "server").map(URI::create).orElse(null);
        if (chosenServer == null) {
            return Optional.empty();
        }
        String chosenToken = token != null && !token.isBlank() ? token : property(file, "token").orElse(null);
        if (chosenToken == null) {
            throw new CliFailure("no token for %s: give --token, set OPSTRACKER_TOKEN, or put token=... in the config file".formatted(chosenServer));
        }
        if (!"http".equals(chosenServer.getScheme()) && !"https".equals(chosenServer.getScheme())) {
            throw new CliFailure("--server %s is not an http:// or https:// address".formatted(chosenServer));
        }
        return Optional.of(new RemoteTransport(chosenServer, chosenToken.strip()));
    }

    private Properties configFile() {
        Path file = config != null ? config : Path.of(System.getProperty("user.home"), ".config", "opstracker", "cli.properties");
        Properties properties = new Properties();
        if (config == null && !Files.exists(file)) {
            return properties;
        }
        try {
            properties.load(new StringReader(OwnerOnlyFiles.readSecret(file)));
            return properties;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read config file %s: %s".formatted(file, failure.getMessage()), failure);
        }
    }

    private static Optional<String> property(Properties file, String key) {
        String value = file.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Opening the embedded store, with the one failure people meet often told plainly. */
    static final class EmbeddedStore {

        private EmbeddedStore() {
        }

        static LocalApi open(Path directory, String operator) {
            try {
                return LocalApi.open(Settings.embedded(directory), operator);
            } catch (RuntimeException failure) {
                if (EmbeddedLock.heldByAnotherProcess(failure)) {
                    throw new CliFailure(("the embedded database in %s is open in another process, such as a running `opstracker serve`: "
                            + "work through it with --server URL").formatted(directory), failure);
                }
                throw failure;
            }
        }
    }
}
