package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two documents for people to review: a longest common subsequence over lines, in a
 * unified diff's notation ({@code ---}/{@code +++} headers, then kept lines with a space, removed with
 * {@code -} before what replaces them, added with {@code +}) but as one hunk with every line as context.
 */
public final class DocumentDiff {

    private DocumentDiff() {
    }

    /** The diff of {@code before} to {@code after} under file name {@code name}; empty when they are equal. */
    public static String of(String name, String before, String after) {
        requireNonNull(name, "name is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        if (before.equals(after)) {
            return "";
        }
        StringBuilder diff = new StringBuilder("--- a/%s\n+++ b/%s\n".formatted(name, name));
        lines(before.lines().toList(), after.lines().toList()).forEach(line -> diff.append(line).append('\n'));
        return diff.toString();
    }

    private static List<String> lines(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                lines.add(" " + before.get(i++));
                j++;
            } else if (i < before.size() && (j == after.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("-" + before.get(i++));
            } else {
                lines.add("+" + after.get(j++));
            }
        }
        return lines;
    }
}
