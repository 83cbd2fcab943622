package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar ({@code target/opstracker.jar}) run as an operator runs it: {@code java -jar
 * opstracker.jar serve --port 0 --data-dir DIR [--db-url URL]} in a JVM of its own, on the JDK that
 * runs the tests. Its port is read from its log, which goes to a file under {@code target/server-it}
 * (a file, not a pipe: the JDK closes a child's pipe under a concurrent reader when the child exits),
 * so a failing test leaves the server's own account behind. It can be killed without warning
 * ({@link #kill()}, SIGKILL on Linux), stopped as a service manager stops it ({@link #stop()}, SIGTERM)
 * and started again on the same data directory and database ({@link #restart()}).
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "opstracker.jar");
    private static final Path LOG_DIRECTORY = Path.of("target", "server-it");
    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

    private final Options options;
    private final int generation;
    private final Path log;
    private final Process process;
    private final int port;

    private ServerProcess(Options options, int generation, Path log, Process process, int port) {
        this.options = options;
        this.generation = generation;
        this.log = log;
        this.process = process;
        this.port = port;
    }

    /**
     * How to run one node: its name (which names its log files), its data directory, a JDBC URL or null for
     * the embedded H2 database in the data directory, and environment variables to add to the test's own.
     */
    record Options(String name, Path dataDirectory, String databaseUrl, Map<String, String> environment) {

        Options {
            requireNonNull(name, "name is null");
            requireNonNull(dataDirectory, "dataDirectory is null");
            environment = Map.copyOf(environment);
        }

        static Options embedded(String name, Path dataDirectory) {
            return new Options(name, dataDirectory, null, Map.of());
        }

        Options withDatabase(String url) {
            return new Options(name, dataDirectory, url, environment);
        }

        Options withEnvironment(String variable, String value) {
            Map<String, String> more = new LinkedHashMap<>(environment);
            more.put(variable, value);
            return new Options(name, dataDirectory, databaseUrl, more);
        }
    }

    /** Starts a node and waits until it reports the port it listens on. */
    static ServerProcess start(Options options) {
        return start(options, 1);
    }

    private static ServerProcess start(Options options, int generation) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the *IT tests run after `package`");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", JAR.toString(), "serve", "--port", "0",
                "--data-dir", options.dataDirectory().toString()));
        if (options.databaseUrl() != null) {
            command.addAll(List.of("--db-url", options.databaseUrl()));
        }
        try {
            Files.createDirectories(LOG_DIRECTORY);
            Path log = LOG_DIRECTORY.resolve("%s-%d.log".formatted(options.name(), generation));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(options.environment());
            Process process = builder.start();
            try {
                return new ServerProcess(options, generation, log, process, awaitPort(process, log));
            } catch (RuntimeException | Error failure) {
                process.destroyForcibly();
                throw failure;
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), failure);
        }
    }

    private static int awaitPort(Process process, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("the server did not report its port (%s):%n%s".formatted(process.isAlive() ? "still running" : "exited "
                + process.exitValue(), Files.readString(log)));
    }

    /** The same node started again on the same data directory and database; this one must have ended. */
    ServerProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("node " + options.name() + " is still running");
        }
        return start(options, generation + 1);
    }

    int port() {
        return port;
    }

    /** The admin token: the one given in the environment, or the one the first start wrote to the data directory. */
    String adminToken() {
        String supplied = options.environment().get("OPSTRACKER_ADMIN_TOKEN");
        if (supplied != null) {
            return supplied;
        }
        try {
            return Files.readString(options.dataDirectory().resolve(AdminTokenSetup.FILE_NAME)).strip();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A client holding the admin token. */
    ApiClient admin() {
        return new ApiClient(port, adminToken());
    }

    /** A client without a token, as a load balancer's health check calls. */
    ApiClient anonymous() {
        return new ApiClient(port, null);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. Returns once the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM, as a service manager stops the server; returns its exit status once it has ended. */
    int stop() {
        process.destroy();
        return awaitExit();
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node %s did not end within %s".formatted(options.name(), EXIT_TIMEOUT));
            }
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** What the server has logged so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Kills the process if a test left it running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
