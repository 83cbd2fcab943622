package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.ComponentPath;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Turns a {@link ComponentQuery} into one SQL condition on {@code component} with exactly the
 * semantics of {@link ComponentQuery#matches}. Every term is two-valued (no column it reads is
 * nullable), so NOT negates as the reference does. A subtree is a range of {@code id_path} with
 * bounds known before the statement runs (the paths it names are looked up first), so both
 * databases drive it from the (id_path, tag_bits) or (kind, id_path, tag_bits) index; a tag term
 * is a test of the Bloom filter {@code tag_bits} then a LIKE over the inherited tags' text
 * ({@link TagText}), checked on each row the other terms leave.
 */
final class ComponentQueryConditions {

    private static final char LIKE_ESCAPE = '!';

    private final Map<ComponentPath, String> idPaths;

    private ComponentQueryConditions(Map<ComponentPath, String> idPaths) {
        this.idPaths = idPaths;
    }

    /** The condition, after reading the id_path of each component the query names in a subtree term. */
    static Condition of(DSLContext db, ComponentQuery query) {
        Set<ComponentPath> tops = new HashSet<>();
        collectSubtrees(query, tops);
        Map<ComponentPath, String> idPaths = new HashMap<>();
        if (!tops.isEmpty()) {
            db.select(COMPONENT.PATH, COMPONENT.ID_PATH).from(COMPONENT)
                    .where(COMPONENT.PATH_HASH.in(tops.stream().map(ComponentRecordMapper::pathHash).toList()))
                    .forEach(row -> idPaths.put(ComponentRecordMapper.path(row.value1()), row.value2()));
        }
        return new ComponentQueryConditions(idPaths).condition(query);
    }

    /** Whether the query is an AND of a subtree and at least one tag term (and maybe more). */
    static boolean subtreeWithTagTerms(ComponentQuery query) {
        return query instanceof AllOf all && all.parts().stream().anyMatch(Under.class::isInstance)
                && all.parts().stream().anyMatch(part -> part instanceof TagEquals || part instanceof HasTag);
    }

    private static void collectSubtrees(ComponentQuery query, Set<ComponentPath> tops) {
        switch (query) {
            case AllOf all -> all.parts().forEach(part -> collectSubtrees(part, tops));
            case AnyOf any -> any.parts().forEach(part -> collectSubtrees(part, tops));
            case Not not -> collectSubtrees(not.part(), tops);
            case Under under -> tops.add(under.path());
            case KindIs kind -> { }
            case ProviderIs provider -> { }
            case HasTag tag -> { }
            case TagEquals tag -> { }
            case NameMatches name -> { }
        }
    }

    private Condition condition(ComponentQuery query) {
        return switch (query) {
            case AllOf all -> DSL.and(all.parts().stream().map(this::condition).toList());
            case AnyOf any -> DSL.or(any.parts().stream().map(this::condition).toList());
            case Not not -> DSL.not(condition(not.part()));
            case KindIs kind -> COMPONENT.KIND.eq(kind.kind().name());
            case ProviderIs provider -> COMPONENT.PROVIDER.eq(provider.provider().name());
            // A subtree whose top does not exist holds nothing.
            case Under under -> idPaths.containsKey(under.path()) ? ComponentTree.subtree(COMPONENT.ID_PATH, idPaths.get(under.path())) : DSL.falseCondition();
            // Inlined (jOOQ escapes the literal): H2 compiles a LIKE with a bound pattern again for every row.
            case HasTag tag -> hasBits(TagText.keyBit(tag.key()))
                    .and(COMPONENT.EFFECTIVE_TAGS.like(DSL.inline(TagText.likeKey(tag.key())), TagText.likeEscape()));
            case TagEquals tag -> hasBits(TagText.tagBit(tag.key(), tag.value()))
                    .and(COMPONENT.EFFECTIVE_TAGS.like(DSL.inline(TagText.likeTag(tag.key(), tag.value())), TagText.likeEscape()));
            case NameMatches name -> DSL.lower(COMPONENT.NAME).like(likePattern(name.glob()), LIKE_ESCAPE);
        };
    }

    /** The Bloom filter test, which InnoDB can run on the subtree index entries before it reads a row. */
    private static Condition hasBits(long bits) {
        return COMPONENT.TAG_BITS.bitAnd(DSL.inline(bits)).eq(DSL.inline(bits));
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
