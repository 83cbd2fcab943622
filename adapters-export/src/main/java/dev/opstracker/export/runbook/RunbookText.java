package dev.opstracker.export.runbook;

import java.time.Duration;

/** Text helpers the runbook writers share: line endings and the duration in words. */
final class RunbookText {

    private RunbookText() {
    }

    /** {@code text} with CRLF and lone CR turned into LF, so no writer emits a carriage return. */
    static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code text} on one line: every line break, and the blanks around it, becomes one space. */
    static String oneLine(String text) {
        return lf(text).replaceAll("[ \\t]*\\n[ \\t\\n]*", " ").strip();
    }

    /**
     * A duration as a person says it, rounded to the minute: "under a minute", "about 1 minute",
     * "about 25 minutes", "about 2 hours", "about 1 hour 5 minutes".
     */
    static String about(Duration duration) {
        long minutes = (duration.toSeconds() + 30) / 60;
        if (minutes < 1) {
            return "under a minute";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return "about " + plural(rest, "minute");
        }
        return "about " + plural(hours, "hour") + (rest == 0 ? "" : " " + plural(rest, "minute"));
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
