package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.alert.JsonAlertRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert rules configuration file ({@code serve --alert-rules FILE}): read on start and stored as
 * the rules every node follows, replacing what the API set before. A file that cannot be read or
 * holds invalid rules stops the start, naming the file and the field. Past the critical storage level
 * the file is not stored and the start goes on with the rules stored before, with a warning.
 */
final class AlertRulesFile {

    private static final Logger LOG = LoggerFactory.getLogger(AlertRulesFile.class);

    private AlertRulesFile() {
    }

    static AlertRules load(Path file, OpsTracker ops) {
        requireNonNull(file, "file is null");
        String document;
        try {
            document = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the alert rules file " + file, failure);
        }
        AlertRules rules;
        try {
            rules = new JsonAlertRules().read(document);
        } catch (DomainException.InvalidInput invalid) {
            throw new IllegalArgumentException("the alert rules file %s is invalid at %s: %s".formatted(file, invalid.field(), invalid.getMessage()), invalid);
        }
        long version;
        try {
            version = ops.alertRouting().replace(Actor.named("alert rules file"), rules, OptionalLong.empty()).version();
        } catch (DomainException.StorageFull full) {
            // A server that cannot start takes no alerts at all: it starts on the rules stored before.
            LOG.warn("The alert rules of {} were not stored, so the rules stored before apply: {}", file, full.getMessage());
            return rules;
        }
        LOG.info("Alert rules from {}: {} rules and the default route, stored as version {}", file, rules.rules().size(), version);
        return rules;
    }
}
