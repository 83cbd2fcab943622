package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.logging.MaskingEncoder;
import dev.opstracker.bootstrap.logging.PlantedSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar as an operator runs it, configured by environment variables only: the user's mask
 * patterns file and the log format reach its log, so a start refused for an alert rule holding secrets
 * logs and prints them masked.
 */
class LogMaskingProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlantedSecret USERS = PlantedSecret.USER_PATTERN_SECRET;
    private static final PlantedSecret AWS = PlantedSecret.AWS_ACCESS_KEY_ID;

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theUsersPatternsAndTheLogFormatFromTheEnvironmentMaskWhatTheJarLogsAndPrints(String format) throws Exception {
        Path patterns = Files.writeString(directory.resolve("mask-patterns"), "# internal code names\n" + PlantedSecret.USER_PATTERN + "\n");
        Path rules = Files.writeString(directory.resolve("rules.json"),
                "{\"rules\": [{\"name\": \"deploy\", \"matchers\": [\"%s %s\"]}]}".formatted(USERS.text(), AWS.text()));

        String output = serve(format, patterns, rules);

        String masked = "'%s %s' is invalid".formatted(USERS.mask(), AWS.mask());
        assertThat(output).contains("opstracker: the alert rules file", masked).doesNotContain(USERS.hidden(), AWS.hidden());
        if (format.equals("text")) {
            assertThat(output).contains("DEBUG [main] dev.opstracker.bootstrap.Main - command failed", "to the h2 database");
            return;
        }
        // The JVM writes its own warnings (Guava's use of sun.misc.Unsafe on Java 24 and later) to standard error too.
        List<String> notJson = output.lines().filter(line -> !line.startsWith("{") && !line.startsWith("WARNING: ")).toList();
        assertThat(notJson).as("only the command line's own error is not a JSON line").singleElement().asString().startsWith("opstracker: ");
        List<JsonNode> lines = output.lines().filter(line -> line.startsWith("{")).map(LogMaskingProcessIT::parse).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line.get("message").asText()).startsWith("Opened a pool of up to 10 connections to the h2 database"));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("level").asText()).isEqualTo("DEBUG");
            assertThat(line.get("message").asText()).isEqualTo("command failed");
            assertThat(line.get("throwable").get("message").asText()).contains(masked);
        });
    }

    /** {@code opstracker serve} as a process with the given environment; answers what it wrote to standard output and error. */
    private String serve(String format, Path patterns, Path rules) throws Exception {
        Path jar = Path.of("target", "opstracker.jar");
        assertThat(jar).exists();
        Path output = directory.resolve("output.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--port", "0",
                "--data-dir", directory.resolve("data").toString(), "--alert-rules", rules.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put(MaskingEncoder.FORMAT_VARIABLE, format);
        builder.environment().put("OPSTRACKER_LOG_LEVEL", "DEBUG");
        builder.environment().put(MaskPatternsFile.VARIABLE, patterns.toString());
        Process process = builder.start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended after refusing to start").isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            return Files.readString(output);
        } finally {
            process.destroyForcibly();
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception notJson) {
            throw new AssertionError("not a JSON line: " + line, notJson);
        }
    }
}
