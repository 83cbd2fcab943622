package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.Tags;
import java.util.Map;

/**
 * One component in a bulk upsert or inventory import, identified by its external id when it has
 * one, otherwise by its path.
 *
 * @param line     where the row came from (a CSV line, an array index), for the report
 * @param provider null to take the parent's
 */
public record ComponentRow(int line, ComponentPath path, ComponentKind kind, Provider provider, String externalId, Map<String, String> tags) {

    public ComponentRow {
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
        tags = Tags.copyOf(tags);
    }
}
