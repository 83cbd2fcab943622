package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.persistence.Sha256;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/** Maps components to {@code component} rows (their own tags live in {@code component_tag}) and back. */
final class ComponentRecordMapper {

    private static final ComponentId PLACEHOLDER_ID = ComponentId.of(Long.MAX_VALUE);

    private ComponentRecordMapper() {
    }

    /** The row of a stored component, for an update; the id is not among the changed columns. */
    static ComponentRecord toRecord(Component component) {
        ComponentRecord record = new ComponentRecord(null, idOrNull(component.parentId()), component.kind().name(), component.name(),
                component.provider().name(), component.externalId(), component.path().toString(), pathHash(component.path()),
                component.path().depth(), component.createdAt(), component.updatedAt(), component.version());
        record.changed(COMPONENT.ID, false);
        record.changed(COMPONENT.CREATED_AT, false);
        return record;
    }

    /** The row of a new component; the database assigns the id. */
    static ComponentRecord toNewRecord(NewComponent component) {
        ComponentRecord record = toRecord(component.withId(PLACEHOLDER_ID));
        record.changed(COMPONENT.CREATED_AT, true);
        return record;
    }

    /** The component in a row holding (at least) every {@code component} column. */
    static Component toComponent(Record row, Map<String, String> tags) {
        Long parentId = row.get(COMPONENT.PARENT_ID);
        return new Component(ComponentId.of(row.get(COMPONENT.ID)), parentId == null ? null : ComponentId.of(parentId),
                path(row.get(COMPONENT.PATH)), new ComponentKind(row.get(COMPONENT.KIND)), Provider.valueOf(row.get(COMPONENT.PROVIDER)),
                row.get(COMPONENT.EXTERNAL_ID), tags, row.get(COMPONENT.CREATED_AT), row.get(COMPONENT.UPDATED_AT), row.get(COMPONENT.VERSION));
    }

    /** The component as a later read returns it: the columns keep instants to the microsecond. */
    static Component asStored(Component component) {
        return new Component(component.id(), component.parentId(), component.path(), component.kind(), component.provider(),
                component.externalId(), component.tags(), micros(component.createdAt()), micros(component.updatedAt()), component.version());
    }

    static ComponentPath path(String text) {
        return new ComponentPath(List.of(text.split("/", -1)));
    }

    /** The SHA-256 of the path text in lowercase hex: the unique key, since a whole path is too long for an index. */
    static String pathHash(ComponentPath path) {
        return Sha256.hex(path.toString());
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Long idOrNull(ComponentId id) {
        return id == null ? null : id.value();
    }
}
