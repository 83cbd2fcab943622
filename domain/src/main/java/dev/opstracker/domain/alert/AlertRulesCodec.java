package dev.opstracker.domain.alert;

/**
 * The rules of alert intake as a document: the form they take in the configuration file, the API
 * and the store, so that all three read and write one format.
 */
public interface AlertRulesCodec {

    String write(AlertRules rules);

    /** @throws dev.opstracker.domain.shared.DomainException.InvalidInput naming the field when the document is not a valid set of rules */
    AlertRules read(String document);
}
