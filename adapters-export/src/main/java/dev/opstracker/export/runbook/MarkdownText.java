package dev.opstracker.export.runbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Free text made safe for CommonMark: text from alerts, tasks and notes is untrusted, so it must not
 * open a heading, a list, a link, HTML or a code span, and a fenced block must not end early.
 */
final class MarkdownText {

    /** Characters that mean something inline; CommonMark lets any ASCII punctuation be escaped with a backslash. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~&#!])");
    /** What would start a block at the beginning of a line: a list item, a setext underline, a quote, a numbered item. */
    private static final Pattern BLOCK_START = Pattern.compile("^([-+=>]|\\d{1,9}(?=[.)]))");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** {@code text} escaped onto one line, for headings and list items. */
    static String inline(String text) {
        return escapeLine(RunbookText.oneLine(text));
    }

    /** {@code text} escaped as a paragraph: its lines kept, blank runs collapsed to one blank line. */
    static String paragraph(String text) {
        return RunbookText.lf(text).strip().replaceAll("\\n[ \\t]*(\\n[ \\t]*)+", "\n\n").lines().map(String::strip)
                .map(MarkdownText::escapeLine).collect(Collectors.joining("\n"));
    }

    private static String escapeLine(String line) {
        String escaped = INLINE.matcher(line).replaceAll("\\\\$1");
        Matcher start = BLOCK_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        String marker = start.group(1);
        // A numbered item is "12." or "12)": escaping the dot or parenthesis after the digits defuses it.
        return Character.isDigit(marker.charAt(0))
                ? marker + "\\" + escaped.substring(marker.length())
                : "\\" + escaped;
    }

    /**
     * A fenced block of {@code content} (LF line endings, without trailing line breaks): its fence is one
     * backtick longer than the longest run of backticks inside, and at least three, so no line of the
     * content can close it.
     */
    static String fenced(String info, String content) {
        String body = RunbookText.lf(content).replaceAll("\\n+$", "");
        int longest = 0;
        Matcher run = BACKTICK_RUN.matcher(body);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + info + "\n" + body + "\n" + fence + "\n";
    }
}
