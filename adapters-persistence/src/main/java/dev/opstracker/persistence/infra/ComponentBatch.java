package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Adds many components inside the caller's transaction with a handful of statements per few
 * hundred rows: the parents are locked and read once per batch, then the rows (with their id_path
 * and inherited tags, derived from the parents) go in as one JDBC batch.
 */
final class ComponentBatch {

    private static final List<Field<?>> INSERTED = List.of(COMPONENT.fields());

    private ComponentBatch() {
    }

    /**
     * Stores {@code components}, whose parents are stored already and which {@link #refuseTwins}
     * passed, under the ids {@code firstId}, {@code firstId + 1}, ... in order.
     */
    static void addAll(DSLContext db, List<NewComponent> components, long firstId) {
        Set<Long> parentIds = new HashSet<>();
        components.stream().filter(component -> component.parentId() != null).forEach(component -> parentIds.add(component.parentId().value()));
        Map<Long, ComponentTree.Locked> parents = ComponentTree.lockAncestry(db, parentIds);
        Map<Long, Map<String, String>> inherited = new HashMap<>();
        List<ComponentRecord> rows = new ArrayList<>(components.size());
        for (int index = 0; index < components.size(); index++) {
            NewComponent component = components.get(index);
            ComponentTree.Locked parent = null;
            Map<String, String> above = Map.of();
            if (component.parentId() != null) {
                long parentId = component.parentId().value();
                parent = parents.get(parentId);
                ComponentTree.checkParent(parent, parentId, component.path());
                above = inherited.computeIfAbsent(parentId, any -> TagText.parse(parents.get(any).effectiveTags()));
            }
            long id = firstId + index;
            rows.add(ComponentRecordMapper.toNewRecord(component, id, ComponentTree.idPathBelow(parent, id), ComponentTree.inherit(above, component.tags())));
        }
        insert(db, rows);
    }

    /**
     * One statement, rendered by jOOQ once, run as a JDBC batch: rendering a multi-row insert, or
     * binding through jOOQ row by row, took longer than H2 took to store the rows.
     */
    private static void insert(DSLContext db, List<ComponentRecord> rows) {
        String sql = db.render(db.insertInto(COMPONENT, INSERTED).values(Collections.nCopies(INSERTED.size(), null)));
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (ComponentRecord row : rows) {
                    for (int index = 0; index < INSERTED.size(); index++) {
                        Object value = row.get(INSERTED.get(index));
                        // As UtcInstantBinding binds instants: the UTC wall-clock time, no zone involved.
                        statement.setObject(index + 1, value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** Two new components at one path or with one external id: named here, as the unique keys would name only a hash. */
    static void refuseTwins(List<NewComponent> components) {
        Set<ComponentPath> paths = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (NewComponent component : components) {
            if (!paths.add(component.path())) {
                throw new DomainException.Conflict("duplicate-path", "%s comes twice among the new components".formatted(component.path()));
            }
            if (component.externalId() != null && !externalIds.add(component.externalId())) {
                throw new DomainException.Conflict("duplicate-external-id",
                        "the external id %s comes twice among the new components".formatted(component.externalId()));
            }
        }
    }
}
