package dev.opstracker.domain.command;

import dev.opstracker.domain.shared.DomainException;
import java.util.Locale;

/** The two output streams of a command, kept apart. */
public enum OutputChannel {
    STDOUT, STDERR;

    /** {@code stdout} or {@code stderr}, as URLs and stored rows name them. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputChannel parse(String text) {
        for (OutputChannel channel : values()) {
            if (channel.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return channel;
            }
        }
        throw new DomainException.InvalidInput("channel", text, "an output channel is stdout or stderr");
    }
}
