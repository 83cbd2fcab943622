package dev.opstracker.bootstrap.cli;

/**
 * What the command's standard output is: a terminal (progress and colour allowed) or a pipe or file (plain text
 * only). Colour is never used when {@code NO_COLOR} is set to anything but the empty string (no-color.org).
 */
public record Terminal(boolean interactive, boolean colour) {

    public static final Terminal PLAIN = new Terminal(false, false);

    public static Terminal detect() {
        return of(System.console() != null, System.getenv("NO_COLOR"));
    }

    /** A terminal or not, with the value of NO_COLOR (null when unset). */
    static Terminal of(boolean interactive, String noColour) {
        return new Terminal(interactive, interactive && (noColour == null || noColour.isEmpty()));
    }

    String bold(String text) {
        return colour ? "\u001B[1m" + text + "\u001B[0m" : text;
    }
}
