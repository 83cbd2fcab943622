package dev.opstracker.bootstrap.cli.time;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.ApiReply;
import dev.opstracker.bootstrap.cli.CliFailure;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code opstracker time export --format harvest -O november.csv}: the time in a billing tool's import format, to a
 * file (written whole or not at all) or to stdout.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export time for a billing tool: harvest, toggl, clockify, or our csv, json, entries-csv, entries-json.")
final class TimeExport extends ApiCommand {

    private static final Set<String> FORMATS = Set.of("harvest", "toggl", "clockify", "csv", "json", "entries-csv", "entries-json");

    @Mixin
    ReportOptions range;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "harvest, toggl, clockify, csv, json, entries-csv or entries-json.")
    String format;

    @Option(names = {"-O", "--out"}, paramLabel = "FILE", description = "Write to this file instead of stdout; it is replaced only once the export is whole.")
    Path file;

    @Override
    protected int run(Api api, Printer printer) {
        if (!FORMATS.contains(format)) {
            throw usageError("--format %s is not an export format: expected %s".formatted(format, String.join(", ", FORMATS.stream().sorted().toList())));
        }
        Map<String, Object> parameters = range.parameters(zone());
        parameters.put("format", format);
        ApiReply export;
        try (Progress progress = progress("Exporting " + format)) {
            export = api.send(ApiCall.get("/api/v1/reports/time" + Api.query(parameters), "*/*"));
        }
        if (file == null) {
            // The export formats are UTF-8 text; stdout's writer encodes it back byte for byte.
            out().print(new String(export.body(), StandardCharsets.UTF_8));
            out().flush();
            return 0;
        }
        write(file, export.body());
        err().println("Wrote %d bytes to %s".formatted(export.body().length, file));
        err().flush();
        return 0;
    }

    /** Into a temporary file beside the target, then moved over it: a failed export never leaves half a file. */
    private static void write(Path target, byte[] body) {
        Path absolute = target.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
            try {
                Files.write(partial, body);
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException failure) {
            throw new CliFailure("cannot write %s: %s".formatted(target, failure.getMessage()), failure);
        }
    }
}
