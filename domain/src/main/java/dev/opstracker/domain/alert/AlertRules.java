package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The routes of alert intake in order: an alert follows the first rule that takes it, else the fallback. */
public record AlertRules(List<AlertRule> rules, AlertRule fallback) {

    public static final int MAX_RULES = 200;
    public static final AlertRules DEFAULT = new AlertRules(List.of(), AlertRule.CATCH_ALL);

    public AlertRules {
        rules = List.copyOf(requireNonNull(rules, "rules is null"));
        requireNonNull(fallback, "fallback is null");
        if (rules.size() > MAX_RULES) {
            throw new DomainException.InvalidInput("rules", rules.size() + " rules", "at most %d rules".formatted(MAX_RULES));
        }
        Set<String> names = new HashSet<>();
        for (AlertRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new DomainException.InvalidInput("rules", rule.name(), "two rules are named " + rule.name());
            }
        }
    }

    /** Every alert through the same route. */
    public static AlertRules of(AlertRule only) {
        return new AlertRules(List.of(), only);
    }

    public AlertRule select(Alert alert) {
        for (AlertRule rule : rules) {
            if (rule.takes(alert)) {
                return rule;
            }
        }
        return fallback;
    }
}
