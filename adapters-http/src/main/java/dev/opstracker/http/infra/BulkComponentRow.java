package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.Provider;
import java.util.Map;

/**
 * One element of {@code components} in {@code POST /api/v1/components:bulk}. {@code path} and
 * {@code kind} are required; a null {@code provider} takes the parent's.
 */
record BulkComponentRow(
        @JsonProperty("path") String path,
        @JsonProperty("kind") String kind,
        @JsonProperty("provider") String provider,
        @JsonProperty("externalId") String externalId,
        @JsonProperty("tags") Map<String, String> tags) {

    static final String KNOWN_FIELDS = "externalId, kind, path, provider, tags";

    ComponentRow toRow(int line) {
        return new ComponentRow(line,
                ComponentPath.parse(path),
                ComponentKind.parse(kind),
                provider == null ? null : Provider.parse("provider", provider),
                externalId == null || externalId.isBlank() ? null : externalId.strip(),
                tags);
    }
}
