package dev.opstracker.domain.command;

import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;

/** How an ending is written in stored rows and hashes: {@code exited:3}, {@code signalled:9}, {@code timed-out:PT30S}, {@code cancelled}. */
public final class Endings {

    private Endings() {
    }

    public static String toText(CommandResult.Ending ending) {
        return switch (ending) {
            case CommandResult.Exited(int code) -> "exited:" + code;
            case CommandResult.Signalled(int signal) -> "signalled:" + signal;
            case CommandResult.TimedOut(Duration timeout) -> "timed-out:" + timeout;
            case CommandResult.Cancelled cancelled -> "cancelled";
        };
    }

    public static CommandResult.Ending fromText(String text) {
        try {
            int colon = text.indexOf(':');
            String kind = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + 1);
            return switch (kind) {
                case "exited" -> new CommandResult.Exited(Integer.parseInt(value));
                case "signalled" -> new CommandResult.Signalled(Integer.parseInt(value));
                case "timed-out" -> new CommandResult.TimedOut(Duration.parse(value));
                case "cancelled" -> new CommandResult.Cancelled();
                default -> throw new IllegalArgumentException(kind);
            };
        } catch (RuntimeException unreadable) {
            throw new DomainException.InvalidInput("ending", text, "an ending is exited:N, signalled:N, timed-out:DURATION or cancelled");
        }
    }
}
