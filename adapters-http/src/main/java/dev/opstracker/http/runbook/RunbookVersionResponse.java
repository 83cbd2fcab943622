package dev.opstracker.http.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.runbook.RunbookVersion;
import java.time.temporal.ChronoUnit;

/** A saved version of a runbook: its number, the archive's revision (a git commit id), who saved it, why and when. */
record RunbookVersionResponse(
        @JsonProperty("slug") String slug,
        @JsonProperty("version") int version,
        @JsonProperty("revision") String revision,
        @JsonProperty("author") String author,
        @JsonProperty("message") String message,
        @JsonProperty("savedAt") String savedAt) {

    static RunbookVersionResponse from(RunbookVersion version) {
        return new RunbookVersionResponse(version.slug().value(), version.number(), version.revision(), version.author(), version.message(),
                version.savedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
