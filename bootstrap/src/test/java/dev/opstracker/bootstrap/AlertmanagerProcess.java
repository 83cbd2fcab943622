package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus Alertmanager (the Debian package's {@code prometheus-alertmanager}) run as a
 * child process on a free loopback port with clustering off, and {@code amtool} to fire alerts at
 * it. Its output goes to a file, so a failing test can show what Alertmanager said.
 */
final class AlertmanagerProcess implements AutoCloseable {

    static final String SERVER_BINARY = "prometheus-alertmanager";
    static final String CLIENT_BINARY = "amtool";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path amtool;
    private final Path log;
    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AlertmanagerProcess(Path amtool, Path log, int port, Process process) {
        this.amtool = amtool;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** The binary on the PATH (or in /usr/bin, where the Debian package puts it, for a PATH without it). */
    static Optional<Path> find(String binary) {
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        directories.add("/usr/bin");
        return directories.stream().filter(directory -> !directory.isBlank()).map(directory -> Path.of(directory, binary))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts Alertmanager with {@code configuration} (YAML) and waits until {@code /-/ready} answers 200.
     *
     * @param workDirectory holds the configuration and Alertmanager's storage
     * @param log           where Alertmanager's output goes
     */
    static AlertmanagerProcess start(Path server, Path amtool, String configuration, Path workDirectory, Path log) throws IOException {
        Path configFile = workDirectory.resolve("alertmanager.yml");
        Files.writeString(configFile, configuration);
        Files.createDirectories(log.getParent());
        int port = freePort();
        Process process = new ProcessBuilder(server.toString(), "--config.file=" + configFile,
                "--storage.path=" + workDirectory.resolve("storage"), "--web.listen-address=127.0.0.1:" + port,
                // Empty turns gossip off: a lone Alertmanager needs no peers and should bind no cluster port.
                "--cluster.listen-address=", "--log.level=debug")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AlertmanagerProcess alertmanager = new AlertmanagerProcess(amtool, log, port, process);
        try {
            alertmanager.awaitReady();
        } catch (RuntimeException | Error failure) {
            alertmanager.close();
            throw failure;
        }
        return alertmanager;
    }

    /**
     * Fires (or updates) one alert through {@code amtool alert add}, as an operator or a script would.
     *
     * @param startsAt null lets Alertmanager use the time it receives the alert
     * @param endsAt   null for an alert that stays firing until Alertmanager's resolve timeout
     */
    void fire(Map<String, String> labels, String summary, Instant startsAt, Instant endsAt) {
        List<String> command = new ArrayList<>(List.of(amtool.toString(), url(), "alert", "add"));
        labels.forEach((name, value) -> command.add(name + "=" + value));
        command.add("--annotation=summary=" + summary);
        if (startsAt != null) {
            command.add("--start=" + rfc3339(startsAt));
        }
        if (endsAt != null) {
            command.add("--end=" + rfc3339(endsAt));
        }
        run(command);
    }

    /** The fingerprint Alertmanager gave the alert with these labels, read back with {@code amtool alert query}. */
    String fingerprintOf(Map<String, String> labels) {
        List<String> command = new ArrayList<>(List.of(amtool.toString(), url(), "alert", "query", "--output=json"));
        labels.forEach((name, value) -> command.add(name + "=" + value));
        try {
            JsonNode alerts = JSON.readTree(run(command));
            if (alerts.size() != 1) {
                throw new AssertionError("expected one alert for %s, Alertmanager has %s".formatted(labels, alerts));
            }
            return alerts.get(0).get("fingerprint").asText();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** What Alertmanager logged so far, for failure messages. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException failure) {
            return "(cannot read " + log + ": " + failure + ")";
        }
    }

    /** amtool takes whole seconds; Alertmanager reads RFC 3339. */
    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private String url() {
        return "--alertmanager.url=http://127.0.0.1:" + port;
    }

    private String run(List<String> command) {
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!child.waitFor(30, TimeUnit.SECONDS) || child.exitValue() != 0) {
                child.destroyForcibly();
                fail("%s failed:%n%s%nAlertmanager said:%n%s", String.join(" ", command), output, output());
            }
            return output;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(100);
        }
        fail("Alertmanager did not become ready within %s (alive: %s):%n%s", START_TIMEOUT, process.isAlive(), output());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
