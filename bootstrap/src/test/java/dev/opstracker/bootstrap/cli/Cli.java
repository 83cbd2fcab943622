package dev.opstracker.bootstrap.cli;

import dev.opstracker.bootstrap.AdminTokenSetup;
import dev.opstracker.bootstrap.LocalApi;
import dev.opstracker.bootstrap.Main;
import dev.opstracker.bootstrap.RunningServer;
import dev.opstracker.bootstrap.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The command line run in-process, either on its own data directory or against a real server started on port 0
 * over another data directory: the two ways a user runs it, given the same arguments.
 */
final class Cli implements AutoCloseable {

    /** Which way the commands reach the store. */
    enum Mode { EMBEDDED, REMOTE }

    /** What one run of the command line did: its exit code, what it printed on stdout, and on stderr. */
    record Result(int exitCode, String out, String err) {
    }

    private final List<String> connection;
    private final RunningServer server;

    private Cli(List<String> connection, RunningServer server) {
        this.connection = connection;
        this.server = server;
    }

    static Cli start(Mode mode, Path directory) {
        return switch (mode) {
            case EMBEDDED -> new Cli(List.of("--data-dir", directory.toString(), "--user", "alice"), null);
            case REMOTE -> remote(directory);
        };
    }

    private static Cli remote(Path directory) {
        RunningServer server = RunningServer.start(Settings.embedded(directory).withPort(0));
        try {
            String token = Files.readString(directory.resolve(AdminTokenSetup.FILE_NAME)).strip();
            return new Cli(List.of("--server", "http://127.0.0.1:" + server.port(), "--token", token), server);
        } catch (IOException failure) {
            server.close();
            throw new UncheckedIOException(failure);
        }
    }

    /** The server's address in remote mode. */
    String serverAddress() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Sends one request to the store or server as a client other than the command line would (monitoring, say). */
    ApiReply send(ApiCall call) {
        if (server == null) {
            Path directory = Path.of(connection.get(1));
            try (ApiTransport transport = new LocalTransport(LocalApi.open(Settings.embedded(directory), "monitoring"), directory)) {
                return transport.send(call);
            }
        }
        try (ApiTransport transport = new RemoteTransport(URI.create(serverAddress()), connection.get(3))) {
            return transport.send(call);
        }
    }

    /** Runs {@code command} (such as {@code task add "x"}) with this mode's connection options after the subcommand's words. */
    Result run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        int firstOption = 0;
        while (firstOption < args.size() && !args.get(firstOption).startsWith("-") && firstOption < 2) {
            firstOption++;
        }
        args.addAll(firstOption, connection);
        return runRaw(args.toArray(String[]::new));
    }

    /** Runs exactly {@code args}, with no connection options added. */
    static Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
