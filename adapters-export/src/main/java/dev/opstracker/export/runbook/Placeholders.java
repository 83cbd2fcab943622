package dev.opstracker.export.runbook;

import dev.opstracker.domain.runbook.RunbookVariable;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites a runbook's {@code {{name}}} placeholders into what a target runs: {@code ${HOST}} for
 * Runme's shell, {@code ${option.host}} for Rundeck. Only the runbook's own variables are rewritten;
 * any other {@code {{...}}} stays as written, so a placeholder the generator forgot to declare shows.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9_]{0,39})}}");

    private final Set<String> names;

    Placeholders(List<RunbookVariable> variables) {
        this.names = variables.stream().map(RunbookVariable::name).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code text} with each declared {@code {{name}}} replaced by {@code replacement.apply(name)}. */
    String rewrite(String text, UnaryOperator<String> replacement) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rewritten = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String target = names.contains(name) ? replacement.apply(name) : matcher.group();
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement(target));
        }
        return matcher.appendTail(rewritten).toString();
    }

    boolean mentionsAny(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (names.contains(matcher.group(1))) {
                return true;
            }
        }
        return false;
    }
}
