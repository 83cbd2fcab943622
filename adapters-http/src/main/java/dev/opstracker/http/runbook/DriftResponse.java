package dev.opstracker.http.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.runbook.DriftProposal;
import java.util.List;

/** A drift proposal: what the task did differently, in one line and as lists, and the diff of the current document to the proposed one. */
record DriftResponse(
        @JsonProperty("taskId") long taskId,
        @JsonProperty("currentVersion") int currentVersion,
        @JsonProperty("summary") String summary,
        @JsonProperty("added") List<String> added,
        @JsonProperty("skipped") List<String> skipped,
        @JsonProperty("failed") List<String> failed,
        @JsonProperty("diff") String diff) {

    static DriftResponse from(DriftProposal proposal) {
        return new DriftResponse(proposal.followed().value(), proposal.currentVersion(), proposal.summary(), proposal.drift().added(),
                proposal.drift().skipped(), proposal.drift().failed(), proposal.diff());
    }
}
