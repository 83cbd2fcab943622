package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** The audit log in a map, for use-case and HTTP tests. */
public final class InMemoryAuditStore implements AuditStore {

    private final TreeMap<Long, AuditEntry> entries = new TreeMap<>();

    @Override
    public synchronized AuditEntry append(AuditEntry entry) {
        requireNonNull(entry, "entry is null");
        if (entry.id() != 0) {
            throw new IllegalArgumentException("audit entry %d is stored already".formatted(entry.id()));
        }
        AuditEntry stored = entry.withId(entries.isEmpty() ? 1 : entries.lastKey() + 1);
        entries.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Page<AuditEntry> list(Instant since, PageRequest page) {
        long before = page.afterId() == 0 ? Long.MAX_VALUE : page.afterId();
        List<AuditEntry> matching = entries.headMap(before, false).descendingMap().values().stream()
                .filter(entry -> since == null || !entry.at().isBefore(since)).toList();
        long total = entries.values().stream().filter(entry -> since == null || !entry.at().isBefore(since)).count();
        return Page.ofLookahead(matching.subList(0, Math.min(matching.size(), page.limit() + 1)), page, () -> total, AuditEntry::id);
    }

    /** Every entry, oldest first: for tests asserting what was recorded. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries.values());
    }
}
