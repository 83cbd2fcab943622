package dev.opstracker.domain.runbook;

import dev.opstracker.domain.security.SecretMasker;
import java.util.stream.Collectors;

/** The expected output of a step: the first non-empty lines of what it printed, masked and bounded. */
final class Excerpts {

    static final int MAX_LINES = 5;

    private Excerpts() {
    }

    static String expectedOutput(String outputHead, SecretMasker masker) {
        // masked before cutting, so that a cut never leaves half a secret the masker no longer recognises
        String masked = masker.mask(outputHead);
        String lines = masked.lines().filter(line -> !line.isBlank()).limit(MAX_LINES).map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
        String bounded = masker.mask(bound(lines));
        return bounded.length() <= StepCommand.MAX_EXCERPT_LENGTH ? bounded : bounded.substring(0, StepCommand.MAX_EXCERPT_LENGTH);
    }

    /** At most the excerpt length, cut at the end of a line when one ends in it. */
    private static String bound(String text) {
        int max = StepCommand.MAX_EXCERPT_LENGTH;
        if (text.length() <= max) {
            return text;
        }
        int lineEnd = text.lastIndexOf('\n', max);
        return lineEnd > 0 ? text.substring(0, lineEnd) : text.substring(0, max - 3) + "...";
    }
}
