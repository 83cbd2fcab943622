package dev.opstracker.export.runbook;

import dev.opstracker.domain.runbook.RunbookVariable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the Markdown runbook names its variables in the shell: {@code {{host}}} becomes {@code ${HOST}}
 * (upper case, braced so {@code {{host}}_old} stays {@code ${HOST}_old}). A name the shell already
 * uses ({@code {{path}}}, {@code {{home}}}) gets a {@code RUNBOOK_} prefix, so {@code export PATH=""}
 * never empties the operator's own PATH.
 */
final class ShellVariables {

    private static final Set<String> SHELL_OWNED = Set.of("PATH", "HOME", "USER", "LOGNAME", "SHELL", "PWD", "OLDPWD", "IFS", "TERM", "LANG",
            "LC_ALL", "HOSTNAME", "HOSTTYPE", "UID", "EUID", "PPID", "GROUPS", "RANDOM", "SECONDS", "LINENO", "SHLVL", "PS1", "PS2", "PS3",
            "PS4", "OPTIND", "OPTARG", "CDPATH", "ENV", "BASH", "BASH_ENV", "BASHOPTS", "SHELLOPTS", "HISTFILE", "MAIL", "TMPDIR", "EDITOR",
            "PROMPT_COMMAND", "FUNCNAME", "PIPESTATUS", "REPLY", "TMOUT", "DISPLAY", "OSTYPE", "MACHTYPE");
    /** Names that suggest a credential: their observed values are never repeated in the Markdown. */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(pass|secret|token|key|credential|cred|auth|cert|private).*");
    /** How the tracker's masking shows a removed secret ({@code ****}, {@code [MASKED]}, {@code REDACTED}). */
    private static final Pattern MASKED = Pattern.compile("\\*\\*\\*\\*|\\[MASKED]|REDACTED");

    private ShellVariables() {
    }

    static String shellName(String variable) {
        String upper = variable.toUpperCase(Locale.ROOT);
        return SHELL_OWNED.contains(upper) ? "RUNBOOK_" + upper : upper;
    }

    /**
     * The observed values worth showing as a hint: none when the name suggests a credential or any
     * value was masked, since a variable that once held a secret may hold others the masker missed.
     */
    static List<String> hints(RunbookVariable variable) {
        boolean secretive = CREDENTIAL.matcher(variable.name()).matches()
                || variable.observedValues().stream().anyMatch(value -> MASKED.matcher(value).find());
        return secretive ? List.of() : variable.observedValues().stream().map(RunbookText::oneLine).distinct().toList();
    }
}
