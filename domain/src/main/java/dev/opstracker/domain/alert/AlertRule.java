package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route of alert intake: the alerts it takes (sources, label matchers; all must hold) and what
 * their tasks get: the intake policy, a threshold, and task defaults.
 *
 * @param sources    empty means every source
 * @param components labels that name infrastructure components, linked to the tasks the rule's alerts open
 * @param dedupBy    labels whose values (mapped ones as their component's path) make the dedup key, so that
 *                   monitors labelling one server differently agree; empty keeps the key the source sends
 */
public record AlertRule(String name, Set<AlertSource> sources, List<LabelMatcher> matchers, IntakePolicy policy, Threshold threshold,
        TaskDefaults defaults, List<ComponentMapping> components, List<String> dedupBy) {

    public static final int MAX_MATCHERS = 32;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}");

    /** The route every alert no other rule takes follows. */
    public static final AlertRule CATCH_ALL = new AlertRule("default", Set.of(), List.of(), IntakePolicy.DEFAULT, Threshold.NONE, TaskDefaults.NONE);

    /** A rule that maps no components and keeps the senders' dedup keys. */
    public AlertRule(String name, Set<AlertSource> sources, List<LabelMatcher> matchers, IntakePolicy policy, Threshold threshold, TaskDefaults defaults) {
        this(name, sources, matchers, policy, threshold, defaults, List.of(), List.of());
    }

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
        components = List.copyOf(requireNonNull(components, "components is null"));
        dedupBy = AlertGrouping.checkLabels("dedupBy", requireNonNull(dedupBy, "dedupBy is null"));
    }

    /**
     * {@code alert} with the dedup key this rule makes of it: the rule's name and its {@code dedupBy}
     * labels, a mapped label as the path of its component ({@code paths}, by label). Unchanged when
     * the rule keeps the senders' keys.
     */
    public Alert keyed(Alert alert, Map<String, String> paths) {
        if (dedupBy.isEmpty()) {
            return alert;
        }
        StringBuilder key = new StringBuilder(name);
        for (String label : dedupBy) {
            String value = paths.getOrDefault(label, alert.labels().getOrDefault(label, ""));
            key.append('|').append(label).append('=').append(value.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return alert.withDedupKey(key.length() <= alert.source().maxDedupKeyLength() ? key.toString() : name + "|sha256:" + Sha256.hex(key.toString()));
    }

    /** The mapping of {@code label}, if the rule maps it. */
    public Optional<ComponentMapping> mappingOf(String label) {
        return components.stream().filter(mapping -> mapping.label().equals(label)).findFirst();
    }

    public boolean takes(Alert alert) {
        return (sources.isEmpty() || sources.contains(alert.source())) && matchers.stream().allMatch(matcher -> matcher.matches(alert));
    }
}
