package dev.opstracker.domain.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Command lines as tokens: split on whitespace outside quotes, so that two runs typed with
 * different spacing compare equal. A token keeps its quotes, so the line can be written back
 * as it was typed.
 */
final class CommandTokens {

    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "time", "nohup");

    private CommandTokens() {
    }

    static List<String> split(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                current.append(c);
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (Character.isWhitespace(c)) {
                flush(current, tokens);
            } else {
                current.append(c);
            }
        }
        flush(current, tokens);
        return tokens;
    }

    /**
     * Where the program is: after {@code NAME=value} assignments and wrappers such as {@code sudo}
     * (with their flags), since {@code sudo systemctl restart nginx} is a systemctl command.
     * The last token when the line holds nothing else.
     */
    static int programIndex(List<String> tokens) {
        int index = 0;
        while (index < tokens.size() - 1) {
            String token = tokens.get(index);
            boolean skipped = ASSIGNMENT.matcher(token).matches() || WRAPPERS.contains(token)
                    || (token.startsWith("-") && index > 0 && WRAPPERS.contains(tokens.get(index - 1)));
            if (!skipped) {
                return index;
            }
            index++;
        }
        return Math.max(0, tokens.size() - 1);
    }

    /** The program's name without its directory: {@code /usr/bin/kubectl} is kubectl. */
    static String programName(String token) {
        String bare = token.substring(token.lastIndexOf('/') + 1);
        return bare.isEmpty() ? token : bare;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }
}
