package dev.opstracker.bootstrap.logging;

import static java.util.Objects.requireNonNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import dev.opstracker.domain.security.SecretMasker;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A logging event as an encoder may see it: everything that carries data masked (the message with its
 * arguments in place, the exception's messages, MDC and key-value values), the rest as logged.
 *
 * <p>The event is presented as already formatted: its message is the masked formatted message and it
 * has no separate arguments. An argument cannot be judged on its own: in {@code "password={}"} the
 * argument {@code hunter22} is a secret only next to the text before it, so an encoder printing
 * arguments apart (Logback's JSON encoder does) would print it in the clear.
 */
final class MaskedLoggingEvent implements ILoggingEvent {

    private final ILoggingEvent event;
    private final SecretMasker masker;
    private String message;
    private Map<String, String> mdc;

    MaskedLoggingEvent(ILoggingEvent event, SecretMasker masker) {
        this.event = requireNonNull(event, "event is null");
        this.masker = requireNonNull(masker, "masker is null");
    }

    /** The masked formatted message, the same as {@link #getFormattedMessage()}. */
    @Override
    public String getMessage() {
        return getFormattedMessage();
    }

    @Override
    public String getFormattedMessage() {
        if (message == null) {
            message = masker.mask(event.getFormattedMessage());
        }
        return message;
    }

    /** None: they are in the message, masked there with the text around them. */
    @Override
    public Object[] getArgumentArray() {
        return null;
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return MaskedThrowableProxy.of(event.getThrowableProxy(), masker);
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        if (mdc == null) {
            Map<String, String> masked = new LinkedHashMap<>();
            Map<String, String> original = event.getMDCPropertyMap();
            if (original != null) {
                original.forEach((name, value) -> masked.put(name, maskedValue(name, value)));
            }
            mdc = masked;
        }
        return mdc;
    }

    @Override
    public Map<String, String> getMdc() {
        return getMDCPropertyMap();
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs == null) {
            return null;
        }
        return pairs.stream().map(pair -> new KeyValuePair(pair.key, maskedValue(pair.key, pair.value == null ? null : pair.value.toString())))
                .toList();
    }

    /**
     * A value masked together with its name, so that {@code password} → {@code hunter22} is caught as
     * {@code password=hunter22} would be; just the value when the name itself gets masked.
     */
    private String maskedValue(String name, String value) {
        if (value == null) {
            return null;
        }
        String prefix = name + "=";
        String masked = masker.mask(prefix + value);
        return masked.startsWith(prefix) ? masked.substring(prefix.length()) : masker.mask(value);
    }

    @Override
    public String getThreadName() {
        return event.getThreadName();
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return event.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }
}
