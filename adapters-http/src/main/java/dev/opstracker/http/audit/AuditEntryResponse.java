package dev.opstracker.http.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.shared.Page;
import java.time.Instant;
import java.util.List;

/** One line of the audit log as the API shows it; the actor is the token's name and id ({@code tokenId} null without a token). */
record AuditEntryResponse(
        @JsonProperty("id") long id,
        @JsonProperty("at") Instant at,
        @JsonProperty("actor") ActorResponse actor,
        @JsonProperty("action") String action,
        @JsonProperty("target") String target,
        @JsonProperty("detail") String detail) {

    static AuditEntryResponse from(AuditEntry entry) {
        return new AuditEntryResponse(entry.id(), entry.at(), new ActorResponse(entry.actor().name(), entry.actor().tokenId()),
                entry.action().wireName(), entry.target(), entry.detail());
    }

    record ActorResponse(@JsonProperty("name") String name, @JsonProperty("tokenId") Long tokenId) {
    }

    /** A page, newest first: {@code next} is the cursor of the following page, null on the last. */
    record Listing(@JsonProperty("items") List<AuditEntryResponse> items, @JsonProperty("next") String next) {

        static Listing from(Page<AuditEntry> page) {
            return new Listing(page.items().stream().map(AuditEntryResponse::from).toList(), page.next());
        }
    }
}
