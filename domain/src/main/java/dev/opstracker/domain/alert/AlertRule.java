package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route of alert intake: the alerts it takes (sources, label matchers; all must hold) and what
 * their tasks get: the intake policy, a threshold, and task defaults.
 *
 * @param sources empty means every source
 */
public record AlertRule(String name, Set<AlertSource> sources, List<LabelMatcher> matchers, IntakePolicy policy, Threshold threshold,
        TaskDefaults defaults) {

    public static final int MAX_MATCHERS = 32;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}");

    /** The route every alert no other rule takes follows. */
    public static final AlertRule CATCH_ALL = new AlertRule("default", Set.of(), List.of(), IntakePolicy.DEFAULT, Threshold.NONE, TaskDefaults.NONE);

    public AlertRule {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new DomainException.InvalidInput("name", name, "a rule name is a letter or digit followed by up to 63 letters, digits, '_', '.' or '-'");
        }
        sources = sources == null || sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
        matchers = List.copyOf(requireNonNull(matchers, "matchers is null"));
        if (matchers.size() > MAX_MATCHERS) {
            throw new DomainException.InvalidInput("matchers", matchers.size() + " matchers", "a rule has at most %d matchers".formatted(MAX_MATCHERS));
        }
        requireNonNull(policy, "policy is null");
        requireNonNull(threshold, "threshold is null");
        requireNonNull(defaults, "defaults is null");
    }

    public boolean takes(Alert alert) {
        return (sources.isEmpty() || sources.contains(alert.source())) && matchers.stream().allMatch(matcher -> matcher.matches(alert));
    }
}
