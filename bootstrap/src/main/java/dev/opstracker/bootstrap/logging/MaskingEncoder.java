package dev.opstracker.bootstrap.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encoder of OpsTracker's log: every event passes through {@link LogMasking#masker()} before it
 * is written, as text lines (a Logback pattern) or as JSON lines, chosen by {@code format}.
 *
 * <p>Masking works on the event's parts before the wrapped encoder renders them, not on the rendered
 * line: a JSON line escapes quotes and backslashes, and a rule run over escaped text could miss a
 * secret or cut an escape in half. Masked first and escaped after, a JSON line stays valid.
 *
 * <p>A JSON line carries {@code timestamp} (milliseconds since the epoch), {@code level},
 * {@code threadName}, {@code loggerName}, {@code mdc}, {@code message} (formatted), {@code throwable}
 * (class, message, frames, cause and suppressed exceptions), and {@code markers} and {@code kvpList}
 * when the event has any.
 */
public final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    /** The variable {@code logback.xml} reads {@code format} from. */
    public static final String FORMAT_VARIABLE = "OPSTRACKER_LOG_FORMAT";
    static final String TEXT = "text";
    static final String JSON = "json";
    private static final byte[] NO_BYTES = new byte[0];

    private String format = TEXT;
    private String pattern = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z', UTC} %-5level [%thread] %logger{36} - %msg%n";
    private Encoder<ILoggingEvent> encoder;

    /** {@code text} (the default) or {@code json}, in any case; anything else writes text and reports an error in Logback's status. */
    public void setFormat(String format) {
        this.format = format;
    }

    /** The Logback pattern of a text line. */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals(TEXT) && !chosen.equals(JSON)) {
            addError("%s is '%s'; expected %s or %s. Writing %s lines".formatted(FORMAT_VARIABLE, format, TEXT, JSON, TEXT));
            chosen = TEXT;
        }
        encoder = chosen.equals(JSON) ? jsonEncoder() : textEncoder();
        encoder.setContext(getContext());
        encoder.start();
        super.start();
    }

    private Encoder<ILoggingEvent> textEncoder() {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setPattern(pattern);
        text.setCharset(StandardCharsets.UTF_8);
        return text;
    }

    private static Encoder<ILoggingEvent> jsonEncoder() {
        JsonEncoder json = new JsonEncoder();
        // Noise for a log reader: a counter that stays 0, nanoseconds, and the logger context on every line.
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        // The masked event has no arguments and its message is formatted (see MaskedLoggingEvent).
        json.setWithArguments(false);
        json.setWithFormattedMessage(false);
        return json;
    }

    @Override
    public byte[] headerBytes() {
        return encoder == null ? NO_BYTES : encoder.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return encoder.encode(new MaskedLoggingEvent(event, LogMasking.masker()));
    }

    @Override
    public byte[] footerBytes() {
        return encoder == null ? NO_BYTES : encoder.footerBytes();
    }

    @Override
    public void stop() {
        if (encoder != null) {
            encoder.stop();
        }
        super.stop();
    }
}
