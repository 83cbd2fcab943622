package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/** Maps components to {@code component} rows (their own tags as {@link TagText} in {@code own_tags}) and back. */
final class ComponentRecordMapper {

    private ComponentRecordMapper() {
    }

    /**
     * The row of a stored component, for an update; the id is not among the changed columns.
     * {@code idPath} and {@code effectiveTags} are what the tree around it gives (see {@link ComponentTree}).
     */
    static ComponentRecord toRecord(Component component, String idPath, Map<String, String> effectiveTags) {
        ComponentRecord record = new ComponentRecord();
        record.setParentId(idOrNull(component.parentId()));
        record.setKind(component.kind().name());
        record.setName(component.name());
        record.setProvider(component.provider().name());
        record.setExternalId(component.externalId());
        record.setPath(component.path().toString());
        record.setPathHash(pathHash(component.path()));
        record.setDepth(component.path().depth());
        record.setCreatedAt(component.createdAt());
        record.setUpdatedAt(component.updatedAt());
        record.setVersion(component.version());
        record.setIdPath(idPath);
        record.setOwnTags(TagText.of(component.tags()));
        record.setEffectiveTags(TagText.of(effectiveTags));
        record.setTagBits(TagText.bits(effectiveTags));
        record.changed(COMPONENT.CREATED_AT, false);
        return record;
    }

    /** The row of a new component, whose id the store took from {@code component_id_block}. */
    static ComponentRecord toNewRecord(NewComponent component, long id, String idPath, Map<String, String> effectiveTags) {
        ComponentRecord record = toRecord(component.withId(ComponentId.of(id)), idPath, effectiveTags);
        record.setId(id);
        record.changed(COMPONENT.CREATED_AT, true);
        return record;
    }

    /** The component in a row holding (at least) the {@link ComponentReads#COMPONENT_FIELDS}. */
    static Component toComponent(Record row) {
        Long parentId = row.get(COMPONENT.PARENT_ID);
        return new Component(ComponentId.of(row.get(COMPONENT.ID)), parentId == null ? null : ComponentId.of(parentId),
                path(row.get(COMPONENT.PATH)), new ComponentKind(row.get(COMPONENT.KIND)), Provider.valueOf(row.get(COMPONENT.PROVIDER)),
                row.get(COMPONENT.EXTERNAL_ID), TagText.parse(row.get(COMPONENT.OWN_TAGS)), row.get(COMPONENT.CREATED_AT), row.get(COMPONENT.UPDATED_AT), row.get(COMPONENT.VERSION));
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
