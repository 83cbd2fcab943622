package dev.opstracker.domain.runbook;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a command does, read from its words: whether it changes state, and a title for its step. */
final class CommandVerbs {

    private static final Set<String> STATE_VERBS = Set.of("restart", "delete", "apply", "scale", "rollout", "rm", "rmi", "kill", "pkill",
            "drain", "cordon", "uncordon", "stop", "start", "reload", "reboot", "shutdown", "upgrade", "install", "uninstall", "rollback",
            "undo", "patch", "edit", "set", "destroy", "import", "taint", "mv", "truncate", "prune", "evict", "replace", "create");
    /** AWS-style verbs such as {@code terminate-instances} or {@code delete-stack}. */
    private static final List<String> STATE_PREFIXES = List.of("delete-", "terminate-", "reboot-", "stop-", "start-", "update-", "put-",
            "modify-", "create-", "restore-");
    /** Rollout subcommands that only look. */
    private static final Set<String> READ_ONLY_ROLLOUT = Set.of("status", "history");
    private static final int TITLE_WORDS = 2;

    private CommandVerbs() {
    }

    static boolean changesState(ParsedCommand command) {
        if (STATE_VERBS.contains(command.program())) {
            return true;
        }
        List<String> words = command.words();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean lookingRollout = word.equals("rollout") && i + 1 < words.size() && READ_ONLY_ROLLOUT.contains(words.get(i + 1));
            if ((STATE_VERBS.contains(word) && !lookingRollout) || STATE_PREFIXES.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** {@code kubectl rollout restart} becomes "Rollout restart (kubectl)"; a command without words "Run kubectl". */
    static String title(ParsedCommand command) {
        List<String> words = command.words();
        if (words.isEmpty()) {
            return "Run " + command.program();
        }
        String text = String.join(" ", words.subList(0, Math.min(TITLE_WORDS, words.size())));
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + " (" + command.program() + ")";
    }
}
