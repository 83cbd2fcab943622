package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Something on a task's timeline that shows work went on then: the task opened, its alert fired or
 * resolved, its status changed, a command ran. Evidence of a moment has {@code until} equal to
 * {@code at}; a command run lasts from its start to its end.
 *
 * @param text a short description, on one line, at most {@value #MAX_TEXT_LENGTH} characters (longer text is cut)
 */
public record Evidence(Kind kind, Instant at, Instant until, String text) {

    public static final int MAX_TEXT_LENGTH = 80;
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The kinds of evidence, each with the name shown to people. */
    public enum Kind {
        TASK_OPENED("task-opened"),
        ALERT_FIRED("alert-fired"),
        ACKNOWLEDGED("acknowledged"),
        STATUS_CHANGED("status-changed"),
        COMMAND_RUN("command-run"),
        CLOSED("closed"),
        ALERT_RESOLVED("alert-resolved");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public Evidence {
        requireNonNull(kind, "kind is null");
        requireNonNull(at, "at is null");
        until = until == null ? at : until;
        if (until.isBefore(at)) {
            throw new DomainException.InvalidInput("until", until, "evidence ends at or after it begins " + at);
        }
        text = shorten(text == null ? "" : text.strip().replaceAll("\\s+", " "));
    }

    /** Evidence of one moment. */
    public static Evidence at(Kind kind, Instant at, String text) {
        return new Evidence(kind, at, at, text);
    }

    /** Whether it shows work within {@code window}: it touches the window's start or begins before its end. */
    public boolean within(TimeRange window) {
        return !until.isBefore(window.from()) && at.isBefore(window.to());
    }

    /** One line for people, such as {@code command-run 09:10:04 kubectl rollout restart deploy/api}, its time in {@code zone}. */
    public String describe(ZoneId zone) {
        String line = kind.wireName() + " " + TIME_OF_DAY.format(LocalTime.ofInstant(at, zone));
        return text.isEmpty() ? line : line + " " + text;
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = MAX_TEXT_LENGTH - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
