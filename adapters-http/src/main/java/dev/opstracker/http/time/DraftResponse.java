package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.time.DraftEntry;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Evidence;
import java.util.List;

/** A proposed entry as the API shows it: what it would record, and the evidence that suggested it, oldest first. */
record DraftResponse(
        @JsonProperty("taskId") long taskId,
        @JsonProperty("title") String title,
        @JsonProperty("start") String start,
        @JsonProperty("end") String end,
        @JsonProperty("zone") String zone,
        @JsonProperty("durationSeconds") long durationSeconds,
        @JsonProperty("activity") String activity,
        @JsonProperty("client") String client,
        @JsonProperty("project") String project,
        @JsonProperty("evidence") List<EvidenceResponse> evidence) {

    /** One piece of evidence: a kind such as {@code command-run}, when it began and ended, and a short masked text. */
    record EvidenceResponse(
            @JsonProperty("kind") String kind,
            @JsonProperty("at") String at,
            @JsonProperty("until") String until,
            @JsonProperty("text") String text) {

        static EvidenceResponse from(Evidence evidence) {
            return new EvidenceResponse(evidence.kind().wireName(), TimeEntryResponse.text(evidence.at()), TimeEntryResponse.text(evidence.until()),
                    evidence.text());
        }
    }

    static DraftResponse from(DraftEntry draft) {
        return new DraftResponse(draft.taskId().value(), draft.title(), TimeEntryResponse.text(draft.start()), TimeEntryResponse.text(draft.end()),
                draft.zone().getId(), draft.end().getEpochSecond() - draft.start().getEpochSecond(), draft.activity().wireName(), code(draft.client()),
                code(draft.project()), draft.evidence().stream().map(EvidenceResponse::from).toList());
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }
}
