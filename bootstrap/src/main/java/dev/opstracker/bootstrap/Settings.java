package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.security.WebhookSigning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How one OpsTracker process is configured. Command-line options win over {@code OPSTRACKER_*}
 * environment variables, which win over the defaults.
 *
 * @param dataDirectory   where the embedded database and the admin token file live
 * @param databaseUrl     a JDBC URL (H2 or MariaDB); null for the embedded H2 database in the data directory
 * @param adminToken      a secret to register as an admin token on start; null to generate one on first start
 * @param maxRequestBytes the largest JSON API request body (webhooks, imports and uploads have limits of their own)
 * @param webhookSigning  which alert sources may authenticate their webhooks by signature, with the secrets
 * @param storage         when storage counts as nearly full and too full; null for the {@code OPSTRACKER_STORAGE_*} variables
 */
public record Settings(
        Path dataDirectory,
        String host,
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String adminToken,
        long maxRequestBytes,
        WebhookSigning webhookSigning,
        StorageSettings storage) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 262_144;
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)([^&;]*)");
    private static final Pattern USER_INFO_IN_URL = Pattern.compile("(//[^/:@?;]+:)([^/@?;]*)@");
    /** Shorter secrets are not masked by their value: masking every "admin" or "root" would garble the log (GitLab's floor is 8 too). */
    static final int SHORTEST_MASKED_SECRET = 8;

    public Settings {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(host, "host is null");
        if (port < 0 || port > 65_535) {
            throw new DomainException.InvalidInput("port", port, "a port is between 0 (any free port) and 65535");
        }
        if (databaseUrl != null && databaseUrl.isBlank()) {
            databaseUrl = null;
        }
        if (maxRequestBytes < 1_024) {
            throw new DomainException.InvalidInput("maxRequestBytes", maxRequestBytes, "at least 1024 bytes");
        }
        requireNonNull(webhookSigning, "webhookSigning is null");
    }

    /** Settings that watch storage as the {@code OPSTRACKER_STORAGE_*} variables say. */
    public Settings(Path dataDirectory, String host, int port, String databaseUrl, String databaseUser, String databasePassword,
            String adminToken, long maxRequestBytes, WebhookSigning webhookSigning) {
        this(dataDirectory, host, port, databaseUrl, databaseUser, databasePassword, adminToken, maxRequestBytes, webhookSigning, null);
    }

    /** Settings under which every webhook needs a bearer token. */
    public Settings(Path dataDirectory, String host, int port, String databaseUrl, String databaseUser, String databasePassword,
            String adminToken, long maxRequestBytes) {
        this(dataDirectory, host, port, databaseUrl, databaseUser, databasePassword, adminToken, maxRequestBytes, WebhookSigning.none());
    }

    /** Embedded defaults for a data directory: H2 inside it, loopback, port 8080. */
    public static Settings embedded(Path dataDirectory) {
        return new Settings(dataDirectory, DEFAULT_HOST, DEFAULT_PORT, null, null, null, null, DEFAULT_MAX_REQUEST_BYTES);
    }

    /** The default data directory, {@code ~/.opstracker}. */
    public static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".opstracker");
    }

    public Settings withPort(int value) {
        return new Settings(dataDirectory, host, value, databaseUrl, databaseUser, databasePassword, adminToken, maxRequestBytes, webhookSigning, storage);
    }

    public Settings withDatabase(String url, String user, String password) {
        return new Settings(dataDirectory, host, port, url, user, password, adminToken, maxRequestBytes, webhookSigning, storage);
    }

    public Settings withWebhookSigning(WebhookSigning value) {
        return new Settings(dataDirectory, host, port, databaseUrl, databaseUser, databasePassword, adminToken, maxRequestBytes, value, storage);
    }

    /** Storage watched by {@code value} instead of the {@code OPSTRACKER_STORAGE_*} variables. */
    public Settings withStorage(StorageSettings value) {
        return new Settings(dataDirectory, host, port, databaseUrl, databaseUser, databasePassword, adminToken, maxRequestBytes, webhookSigning,
                requireNonNull(value, "value is null"));
    }

    /** A JDBC URL with its password parameter or user-info password hidden. */
    static String withoutSecrets(String jdbcUrl) {
        return PASSWORD_IN_URL.matcher(USER_INFO_IN_URL.matcher(jdbcUrl).replaceAll("$1<hidden>@"))
                .replaceAll("$1<hidden>");
    }

    /**
     * The secret values these settings hold (database password, also one inside the database URL, and
     * the admin token), for masking wherever something echoes them: a JDBC driver puts a URL's password
     * in its error message without the URL around it, where no rule recognises it.
     */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(databasePassword);
        secrets.add(adminToken);
        if (databaseUrl != null) {
            USER_INFO_IN_URL.matcher(databaseUrl).results().forEach(match -> secrets.add(match.group(2)));
            PASSWORD_IN_URL.matcher(databaseUrl).results().forEach(match -> secrets.add(match.group(2)));
        }
        return secrets.stream().filter(secret -> secret != null && secret.length() >= SHORTEST_MASKED_SECRET).distinct().toList();
    }

    /** Leaves secrets out, so settings can be logged ({@link WebhookSigning} prints none). */
    @Override
    public String toString() {
        return ("Settings[dataDirectory=%s, host=%s, port=%d, databaseUrl=%s, databaseUser=%s, databasePassword=%s, adminToken=%s, maxRequestBytes=%d, "
                + "webhookSigning=%s, storage=%s]")
                .formatted(dataDirectory, host, port, databaseUrl == null ? "(embedded H2)" : withoutSecrets(databaseUrl), databaseUser,
                        databasePassword == null ? null : "<hidden>", adminToken == null ? null : "<hidden>", maxRequestBytes, webhookSigning,
                        storage == null ? "(from the environment)" : storage);
    }
}
