package dev.opstracker.domain.alert;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Where rejected deliveries wait to be replayed. Safe for concurrent use. */
public interface DeadLetterStore {

    /** Keeps a rejected delivery and returns it with its identity (ascending, never reused). */
    DeadLetter add(DeadLetter letter);

    Optional<DeadLetter> find(long id);

    /** Dead letters newest first, one page at a time (the cursor is the last identity read). */
    Page<DeadLetter> list(PageRequest page);

    /** How many dead letters {@code source} produced at or after {@code since}. */
    long countSince(AlertSource source, Instant since);

    /** Records that a replay applied the letter. */
    void markReplayed(long id, Instant at);
}
