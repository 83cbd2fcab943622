package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Dead letters in a map, for use-case tests. */
public final class InMemoryDeadLetterStore implements DeadLetterStore {

    private final TreeMap<Long, DeadLetter> letters = new TreeMap<>();

    @Override
    public synchronized DeadLetter add(DeadLetter letter) {
        DeadLetter stored = requireNonNull(letter, "letter is null").withId(letters.isEmpty() ? 1 : letters.lastKey() + 1);
        letters.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<DeadLetter> find(long id) {
        return Optional.ofNullable(letters.get(id));
    }

    @Override
    public synchronized Page<DeadLetter> list(PageRequest page) {
        long before = page.afterId() == 0 ? Long.MAX_VALUE : page.afterId();
        List<DeadLetter> newestFirst = new ArrayList<>(letters.headMap(before, false).descendingMap().values());
        return Page.ofLookahead(newestFirst.subList(0, Math.min(newestFirst.size(), page.limit() + 1)), page.limit(), letters.size(), DeadLetter::id);
    }

    @Override
    public synchronized long countSince(AlertSource source, Instant since) {
        return letters.values().stream().filter(letter -> letter.source() == source && !letter.receivedAt().isBefore(since)).count();
    }

    @Override
    public synchronized void markReplayed(long id, Instant at) {
        DeadLetter letter = find(id).orElseThrow(() -> new DomainException.NotFound("dead letter", Long.toString(id)));
        letters.put(id, letter.replayedAt(at));
    }
}
