package dev.opstracker.bootstrap.cli;

import java.io.Console;

/**
 * What the command's standard output is: a terminal (progress and colour allowed) or a pipe or file (plain text
 * only). Colour is never used when {@code NO_COLOR} is set to anything but the empty string (no-color.org).
 */
public record Terminal(boolean interactive, boolean colour) {

    public static final Terminal PLAIN = new Terminal(false, false);

    public static Terminal detect() {
        return of(attached(System.console()), System.getenv("NO_COLOR"));
    }

    /**
     * Whether {@code console} is a terminal. Up to Java 21 a console exists only for one; from Java 22 one may exist for
     * pipes too and says itself whether it is a terminal ({@code Console.isTerminal()}, looked up since this code is
     * built for 21).
     */
    static boolean attached(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException before22) {
            return true;
        } catch (ReflectiveOperationException unexpected) {
            return false;
        }
    }

    /** A terminal or not, with the value of NO_COLOR (null when unset). */
    static Terminal of(boolean interactive, String noColour) {
        return new Terminal(interactive, interactive && (noColour == null || noColour.isEmpty()));
    }

    String bold(String text) {
        return colour ? "\u001B[1m" + text + "\u001B[0m" : text;
    }
}
