package dev.opstracker.domain.runbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands of one task that may become steps. Only successful commands are kept (a runbook
 * holds what worked). A failed command (non-zero exit, or none) followed within
 * {@value #RETRY_WINDOW} commands by a successful one of the same program and a similar shape was
 * corrected by it: it becomes a pitfall of the correction. A failure never retried is dropped
 * without a note: the task was solved without it, and pinning it on an unrelated step would mislead.
 */
final class RetryCollapse {

    static final int RETRY_WINDOW = 3;
    /** Tokens that may change between an attempt and its correction: a typo, a missing flag and its value. */
    static final int MAX_EDIT_DISTANCE = 2;
    private static final int MAX_LINE_LENGTH = 200;

    private RetryCollapse() {
    }

    static List<KeptCommand> collapse(List<SourceCommand> commands) {
        // a blank command line (a bare Enter) is no command at all
        List<ParsedCommand> parsed = commands.stream().map(ParsedCommand::parse).filter(command -> !command.tokens().isEmpty()).toList();
        Map<Integer, List<ParsedCommand>> attempts = new HashMap<>();
        List<KeptCommand> kept = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedCommand command = parsed.get(i);
            if (command.source().succeeded()) {
                kept.add(new KeptCommand(command, attempts.getOrDefault(i, List.of())));
                continue;
            }
            int correction = correctionOf(parsed, i);
            if (correction >= 0) {
                attempts.computeIfAbsent(correction, index -> new ArrayList<>()).add(command);
            }
        }
        return kept;
    }

    /** The most similar successful command within the window (the earliest of equals), or -1. */
    private static int correctionOf(List<ParsedCommand> parsed, int failed) {
        ParsedCommand attempt = parsed.get(failed);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = failed + 1; i < parsed.size() && i <= failed + RETRY_WINDOW; i++) {
            ParsedCommand candidate = parsed.get(i);
            int distance = editDistance(attempt.tokens(), candidate.tokens());
            if (candidate.source().succeeded() && similar(attempt, candidate, distance) && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Same program, and the same first two words or a few tokens apart: at most
     * {@value #MAX_EDIT_DISTANCE}, and one for commands under six tokens, where two is half the command.
     */
    static boolean similar(ParsedCommand attempt, ParsedCommand candidate, int distance) {
        if (!attempt.program().equals(candidate.program())) {
            return false;
        }
        List<String> words = attempt.words();
        boolean sameVerb = words.size() >= 2 && candidate.words().size() >= 2 && words.subList(0, 2).equals(candidate.words().subList(0, 2));
        int allowed = Math.max(1, Math.min(MAX_EDIT_DISTANCE, attempt.tokens().size() / 3));
        return sameVerb || distance <= allowed;
    }

    static int editDistance(List<String> from, List<String> to) {
        int[] previous = new int[to.size() + 1];
        int[] current = new int[to.size() + 1];
        for (int j = 0; j <= to.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.size(); j++) {
                int substitution = previous[j - 1] + (from.get(i - 1).equals(to.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.size()];
    }

    /** "`cmd` failed with exit 1: first line of its output", the command's values replaced by the placeholders given by token index. */
    static String pitfall(ParsedCommand attempt, Map<Integer, String> placeholders) {
        SourceCommand failed = attempt.source();
        String outcome = failed.exitCode() == null ? "did not finish (no exit code)" : "failed with exit " + failed.exitCode();
        String line = failed.outputHead().lines().map(String::strip).filter(text -> !text.isEmpty()).findFirst().orElse("");
        if (line.length() > MAX_LINE_LENGTH) {
            line = line.substring(0, MAX_LINE_LENGTH - 3) + "...";
        }
        String text = "`" + attempt.render(placeholders) + "` " + outcome;
        return line.isEmpty() ? text : text + ": " + line;
    }
}
