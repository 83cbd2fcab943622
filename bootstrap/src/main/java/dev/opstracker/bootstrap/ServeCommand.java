package dev.opstracker.bootstrap;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opstracker serve}: runs the HTTP API until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API and alert webhooks until stopped (SIGTERM or Ctrl-C).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:OPSTRACKER_DATA_DIR}",
            description = "Data directory (embedded database, admin token file). Default: ~/.opstracker; env OPSTRACKER_DATA_DIR.")
    Path dataDirectory;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:OPSTRACKER_HOST:-127.0.0.1}",
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}; env OPSTRACKER_HOST.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:OPSTRACKER_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}; env OPSTRACKER_PORT.")
    int port;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:OPSTRACKER_DB_URL}",
            description = "JDBC URL of an H2 or MariaDB database. Default: embedded H2 in the data directory; env OPSTRACKER_DB_URL.")
    String databaseUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:OPSTRACKER_DB_USER}",
            description = "Database user; env OPSTRACKER_DB_USER.")
    String databaseUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:OPSTRACKER_DB_PASSWORD}",
            description = "Database password; prefer env OPSTRACKER_DB_PASSWORD, which other users cannot see in the process list.")
    String databasePassword;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "${env:OPSTRACKER_MAX_REQUEST_BYTES:-262144}",
            description = "Largest JSON API request body accepted (webhooks, imports and uploads have their own limits). Default: ${DEFAULT-VALUE}; env OPSTRACKER_MAX_REQUEST_BYTES.")
    long maxRequestBytes;

    @Option(names = "--alert-rules", paramLabel = "FILE", defaultValue = "${env:OPSTRACKER_ALERT_RULES}",
            description = "JSON file of alert intake rules, stored on start (replacing rules set through the API); env OPSTRACKER_ALERT_RULES.")
    Path alertRulesFile;

    @Option(names = "--webhook-signing", paramLabel = "FILE", defaultValue = "${env:OPSTRACKER_WEBHOOK_SIGNING_FILE}",
            description = "Owner-only file naming the alert sources that sign their webhooks, with scheme and secrets "
                    + "(SOURCE=SCHEME:SECRET[,SECRET...] per line); env OPSTRACKER_WEBHOOK_SIGNING_FILE. "
                    + "The same entries may also come, separated by ';', in env OPSTRACKER_WEBHOOK_SIGNING.")
    Path webhookSigningFile;

    @Override
    public Integer call() throws Exception {
        Settings settings = new Settings(
                dataDirectory == null ? Settings.defaultDataDirectory() : dataDirectory,
                host, port, databaseUrl, databaseUser, databasePassword,
                System.getenv("OPSTRACKER_ADMIN_TOKEN"), maxRequestBytes,
                WebhookSigningSetup.load(System.getenv(WebhookSigningSetup.ENVIRONMENT_VARIABLE), webhookSigningFile));
        try (RunningServer server = RunningServer.prepare(settings)) {
            if (alertRulesFile != null) {
                server.withAlertRules(alertRulesFile);
            }
            // Registered before serving, so a SIGTERM during start-up still ends in a clean close.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "opstracker-shutdown"));
            server.serve();
            server.awaitStop();
        }
        return 0;
    }
}
