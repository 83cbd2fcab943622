package dev.opstracker.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The log as an operator sees it: Logback configured from the real {@code logback.xml} (as packaged in
 * the jar) with {@code OPSTRACKER_LOG_FORMAT} and {@code OPSTRACKER_LOG_LEVEL} set, and everything its
 * console appender writes to standard error captured. Closing restores standard error and the default
 * configuration.
 */
public final class LogCapture implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream standardError = System.err;
    private final String format;
    private final long configuredAt = System.currentTimeMillis();

    private LogCapture(String format) {
        this.format = format;
    }

    /** Captures what is logged at DEBUG and above in {@code format} ({@code text} or {@code json}) from now until closed. */
    public static LogCapture start(String format) {
        LogCapture capture = new LogCapture(format);
        capture.configure();
        return capture;
    }

    private void configure() {
        URL configuration = LogCapture.class.getResource("/logback.xml");
        if (configuration == null || !configuration.getPath().endsWith("/classes/logback.xml")) {
            throw new IllegalStateException("expected bootstrap's own logback.xml, found " + configuration);
        }
        context.reset();
        // Context properties win over environment variables in Logback's ${...} lookup.
        context.putProperty(MaskingEncoder.FORMAT_VARIABLE, format);
        context.putProperty("OPSTRACKER_LOG_LEVEL", "DEBUG");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException failure) {
            throw new IllegalStateException("logback.xml did not configure", failure);
        }
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Everything written to standard error so far. */
    public String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * What a reader sees: the text lines as written; or, for JSON, the lines as written followed by
     * every name and string value in them decoded (so that an escape such as {@code \/} hides nothing),
     * failing when a line is not JSON.
     */
    public String content() {
        if (!format.strip().equalsIgnoreCase("json")) {
            return output();
        }
        StringBuilder content = new StringBuilder(output());
        jsonLines().forEach(line -> appendStrings(line, content));
        return content.toString();
    }

    private static void appendStrings(JsonNode node, StringBuilder content) {
        if (node.isTextual()) {
            content.append('\n').append(node.asText());
        }
        node.fieldNames().forEachRemaining(name -> content.append('\n').append(name));
        node.elements().forEachRemaining(child -> appendStrings(child, content));
    }

    /** Each line written so far, parsed; fails naming the line when one is not JSON. */
    public List<JsonNode> jsonLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(JSON.readTree(line));
            } catch (JsonProcessingException notJson) {
                throw new AssertionError("not a JSON line: " + line, notJson);
            }
        }
        return lines;
    }

    /** The JSON lines whose message contains {@code text}. */
    public List<JsonNode> jsonLinesWith(String text) {
        return jsonLines().stream().filter(line -> line.path("message").asText().contains(text)).toList();
    }

    /** Errors Logback reported about its configuration since this capture started. */
    public List<String> configurationErrors() {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getLevel() == Status.ERROR && status.getTimestamp() >= configuredAt)
                .map(Status::getMessage).toList();
    }

    @Override
    public void close() {
        System.setErr(standardError);
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException failure) {
            throw new IllegalStateException("the default logging configuration did not load", failure);
        }
    }
}
