package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_ANCESTOR;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_EFFECTIVE_TAG;

import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQuery.AllOf;
import dev.opstracker.domain.infra.ComponentQuery.AnyOf;
import dev.opstracker.domain.infra.ComponentQuery.HasTag;
import dev.opstracker.domain.infra.ComponentQuery.KindIs;
import dev.opstracker.domain.infra.ComponentQuery.NameMatches;
import dev.opstracker.domain.infra.ComponentQuery.Not;
import dev.opstracker.domain.infra.ComponentQuery.ProviderIs;
import dev.opstracker.domain.infra.ComponentQuery.TagEquals;
import dev.opstracker.domain.infra.ComponentQuery.Under;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Turns a {@link ComponentQuery} into one SQL condition on {@code component} with exactly the
 * semantics of {@link ComponentQuery#matches}. Every term is two-valued (no column it reads is
 * nullable), so NOT negates as the reference does. Subtrees come from the closure table and tags
 * from the materialised effective tags, each as {@code id IN (subquery)}, which both databases can
 * drive from an index.
 */
final class ComponentQueryConditions {

    private static final char LIKE_ESCAPE = '!';
    private static final Table<ComponentRecord> ROOT = COMPONENT.as("under_root");

    private ComponentQueryConditions() {
    }

    static Condition of(ComponentQuery query) {
        return switch (query) {
            case AllOf all -> allOf(all.parts());
            case AnyOf any -> DSL.or(any.parts().stream().map(ComponentQueryConditions::of).toList());
            case Not not -> DSL.not(of(not.part()));
            case KindIs kind -> COMPONENT.KIND.eq(kind.kind().name());
            case ProviderIs provider -> COMPONENT.PROVIDER.eq(provider.provider().name());
            case Under under -> under(under, DSL.noCondition());
            case HasTag tag -> COMPONENT.ID.in(DSL.select(COMPONENT_EFFECTIVE_TAG.COMPONENT_ID)
                    .from(COMPONENT_EFFECTIVE_TAG)
                    .where(COMPONENT_EFFECTIVE_TAG.TAG_KEY.eq(tag.key())));
            case TagEquals tag -> COMPONENT.ID.in(DSL.select(COMPONENT_EFFECTIVE_TAG.COMPONENT_ID)
                    .from(COMPONENT_EFFECTIVE_TAG)
                    .where(COMPONENT_EFFECTIVE_TAG.TAG_KEY.eq(tag.key()), COMPONENT_EFFECTIVE_TAG.TAG_VALUE.eq(tag.value())));
            case NameMatches name -> DSL.lower(COMPONENT.NAME).like(likePattern(name.glob()), LIKE_ESCAPE);
        };
    }

    /**
     * The parts ANDed; a subtree ANDed with a kind becomes one closure subquery on the
     * (ancestor_id, descendant_kind, descendant_id) index, which yields exactly the subtree's
     * components of that kind in id order instead of every component of the subtree to be checked
     * one by one. The closure row's kind is the component's (the store keeps them in step), so the
     * kind term is dropped. Only the first subtree and the first kind are joined so.
     */
    private static Condition allOf(List<ComponentQuery> parts) {
        Under under = first(parts, Under.class);
        KindIs kind = first(parts, KindIs.class);
        if (under == null || kind == null) {
            return DSL.and(parts.stream().map(ComponentQueryConditions::of).toList());
        }
        List<Condition> conditions = new ArrayList<>(parts.size());
        for (ComponentQuery part : parts) {
            if (part == under) {
                conditions.add(under(under, COMPONENT_ANCESTOR.DESCENDANT_KIND.eq(kind.kind().name())));
            } else if (part != kind) {
                conditions.add(of(part));
            }
        }
        return DSL.and(conditions);
    }

    private static <T extends ComponentQuery> T first(List<ComponentQuery> parts, Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The components of the subtree at {@code under}'s path whose closure rows also meet {@code closure}. */
    private static Condition under(Under under, Condition closure) {
        return COMPONENT.ID.in(DSL.select(COMPONENT_ANCESTOR.DESCENDANT_ID)
                .from(COMPONENT_ANCESTOR)
                .join(ROOT).on(ROOT.field(COMPONENT.ID).eq(COMPONENT_ANCESTOR.ANCESTOR_ID))
                .where(ROOT.field(COMPONENT.PATH_HASH).eq(ComponentRecordMapper.pathHash(under.path())),
                        ROOT.field(COMPONENT.PATH).eq(under.path().toString()),
                        closure));
    }

    /**
     * The glob as a LIKE pattern over the lower-cased name: {@code *} and {@code ?} become
     * {@code %} and {@code _}, everything else is literal. Each character is folded as the
     * reference's case-insensitive regex folds it (upper, then lower: the Kelvin sign becomes
     * {@code k}); names are ASCII, so the database's LOWER agrees.
     */
    static String likePattern(String glob) {
        StringBuilder pattern = new StringBuilder(glob.length() + 4);
        for (char c : glob.toCharArray()) {
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            switch (folded) {
                case '*' -> pattern.append('%');
                case '?' -> pattern.append('_');
                case '%', '_', LIKE_ESCAPE -> pattern.append(LIKE_ESCAPE).append(folded);
                default -> pattern.append(folded);
            }
        }
        return pattern.toString();
    }
}
