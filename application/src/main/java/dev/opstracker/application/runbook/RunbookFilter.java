package dev.opstracker.application.runbook;

import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;

/**
 * Which finished tasks a runbook is learnt from when they are not named: the DONE tasks opened by
 * the alert {@code alertName}, linked to a component matching {@code components} (the component
 * query language, such as {@code kind:node}), completed at or after {@code since}. A null or blank
 * criterion matches every task.
 */
public record RunbookFilter(String alertName, String components, Instant since) {

    public RunbookFilter {
        alertName = alertName == null || alertName.isBlank() ? null : alertName.strip();
        components = components == null || components.isBlank() ? null : components.strip();
        if (components != null) {
            try {
                ComponentQueryParser.parse(components);
            } catch (DomainException.InvalidInput wrong) {
                throw wrong.renamed("filter.components");
            }
        }
    }

    /** The parsed component query, or null when the filter names no components. */
    ComponentQuery componentQuery() {
        return components == null ? null : ComponentQueryParser.parse(components);
    }
}
