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
            case AllOf all -> DSL.and(all.parts().stream().map(ComponentQueryConditions::of).toList());
            case AnyOf any -> DSL.or(any.parts().stream().map(ComponentQueryConditions::of).toList());
            case Not not -> DSL.not(of(not.part()));
            case KindIs kind -> COMPONENT.KIND.eq(kind.kind().name());
            case ProviderIs provider -> COMPONENT.PROVIDER.eq(provider.provider().name());
            case Under under -> COMPONENT.ID.in(DSL.select(COMPONENT_ANCESTOR.DESCENDANT_ID)
                    .from(COMPONENT_ANCESTOR)
                    .join(ROOT).on(ROOT.field(COMPONENT.ID).eq(COMPONENT_ANCESTOR.ANCESTOR_ID))
                    .where(ROOT.field(COMPONENT.PATH_HASH).eq(ComponentRecordMapper.pathHash(under.path())),
                            ROOT.field(COMPONENT.PATH).eq(under.path().toString())));
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
