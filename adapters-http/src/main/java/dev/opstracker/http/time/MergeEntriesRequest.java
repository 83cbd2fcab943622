package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.TimeEntryId;

/** The body of {@code POST /api/v1/time/entries/{id}/merge}: the id of the entry to merge with, in either order. */
record MergeEntriesRequest(@JsonProperty("with") Long with) {

    TimeEntryId other() {
        if (with == null) {
            throw new DomainException.InvalidInput("with", null, "the id of the entry to merge with, such as 12");
        }
        try {
            return TimeEntryId.of(with);
        } catch (DomainException.InvalidInput notAnId) {
            throw notAnId.renamed("with");
        }
    }
}
