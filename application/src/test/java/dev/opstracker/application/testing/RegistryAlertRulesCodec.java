package dev.opstracker.application.testing;

import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesCodec;
import dev.opstracker.domain.shared.DomainException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A codec for store contract tests, which check that a store keeps the document it is given: each
 * set of rules is written as a fresh token and read back by it. The real document format has its
 * own tests in the adapter that defines it.
 */
public final class RegistryAlertRulesCodec implements AlertRulesCodec {

    private final Map<String, AlertRules> written = new ConcurrentHashMap<>();

    @Override
    public String write(AlertRules rules) {
        String token = "rules-" + written.size();
        written.put(token, rules);
        return token;
    }

    @Override
    public AlertRules read(String document) {
        AlertRules rules = written.get(document);
        if (rules == null) {
            throw new DomainException.InvalidInput("rules", document, "not a document this codec wrote");
        }
        return rules;
    }
}
