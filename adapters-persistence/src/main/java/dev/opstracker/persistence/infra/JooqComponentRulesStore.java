package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_KIND;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_RULES;
import static dev.opstracker.persistence.jooq.Tables.PARENTING_ROOT;
import static dev.opstracker.persistence.jooq.Tables.PARENTING_RULE;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentRulesStore;
import dev.opstracker.domain.infra.KindCatalogue;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.infra.KindPair;
import dev.opstracker.domain.infra.KindedPath;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.persistence.Database;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;

/**
 * A {@link ComponentRulesStore} in the {@code component_kind}, {@code component_rules},
 * {@code parenting_rule} and {@code parenting_root} tables. Every change first locks the single
 * {@code component_rules} row, so changes from several nodes run one after the other and each
 * moves the revision on in its own transaction. Safe for concurrent use.
 */
public final class JooqComponentRulesStore implements ComponentRulesStore {

    private static final int RULES_ROW = 1;

    private final DSLContext dsl;
    private final ComponentShapes shapes;

    public JooqComponentRulesStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
        this.shapes = new ComponentShapes(dsl);
    }

    @Override
    public long revision() {
        return dsl.select(COMPONENT_RULES.REVISION).from(COMPONENT_RULES).where(COMPONENT_RULES.ID.eq(RULES_ROW)).fetchSingle().value1();
    }

    @Override
    public List<KindDefinition> registeredKinds() {
        return dsl.selectFrom(COMPONENT_KIND).orderBy(COMPONENT_KIND.NAME).fetch(row ->
                KindDefinition.registered(new ComponentKind(row.getName()), row.getDescription()));
    }

    @Override
    public void registerKind(KindDefinition kind) {
        requireNonNull(kind, "kind is null");
        try {
            dsl.transaction(transaction -> {
                DSLContext db = transaction.dsl();
                lockRules(db);
                db.insertInto(COMPONENT_KIND).set(COMPONENT_KIND.NAME, kind.kind().name())
                        .set(COMPONENT_KIND.DESCRIPTION, kind.description()).execute();
                moveRevisionOn(db);
            });
        } catch (DataAccessException failure) {
            // The kind's name is the table's only key.
            if (failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw KindCatalogue.duplicate(kind.kind());
            }
            throw failure;
        }
    }

    @Override
    public boolean unregisterKind(ComponentKind kind) {
        requireNonNull(kind, "kind is null");
        String name = kind.name();
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            lockRules(db);
            if (!db.fetchExists(COMPONENT_KIND, COMPONENT_KIND.NAME.eq(name))) {
                return false;
            }
            if (db.fetchExists(PARENTING_RULE, PARENTING_RULE.PARENT_KIND.eq(name).or(PARENTING_RULE.CHILD_KIND.eq(name)))
                    || db.fetchExists(PARENTING_ROOT, PARENTING_ROOT.KIND.eq(name))) {
                throw KindCatalogue.namedByRules(kind);
            }
            int used = db.fetchCount(COMPONENT, COMPONENT.KIND.eq(name));
            if (used > 0) {
                throw KindCatalogue.inUse(kind, used);
            }
            db.deleteFrom(COMPONENT_KIND).where(COMPONENT_KIND.NAME.eq(name)).execute();
            moveRevisionOn(db);
            return true;
        });
    }

    @Override
    public ParentingRules parentingRules() {
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            boolean permissive = db.select(COMPONENT_RULES.PERMISSIVE).from(COMPONENT_RULES)
                    .where(COMPONENT_RULES.ID.eq(RULES_ROW)).fetchSingle().value1();
            if (permissive) {
                return ParentingRules.permissive();
            }
            Map<String, Set<String>> children = new HashMap<>();
            db.selectFrom(PARENTING_RULE).fetch().forEach(rule ->
                    children.computeIfAbsent(rule.getParentKind(), parent -> new HashSet<>()).add(rule.getChildKind()));
            Set<String> roots = new HashSet<>(db.select(PARENTING_ROOT.KIND).from(PARENTING_ROOT).fetch(PARENTING_ROOT.KIND));
            return new ParentingRules(children, roots);
        });
    }

    @Override
    public void replaceParentingRules(ParentingRules rules) {
        requireNonNull(rules, "rules is null");
        dsl.transaction(transaction -> {
            DSLContext db = transaction.dsl();
            lockRules(db);
            refuseUnregistered(db, rules);
            db.deleteFrom(PARENTING_RULE).execute();
            db.deleteFrom(PARENTING_ROOT).execute();
            if (!rules.isPermissive()) {
                rules.childrenByParent().forEach((parent, children) -> children.forEach(child ->
                        db.insertInto(PARENTING_RULE).set(PARENTING_RULE.PARENT_KIND, parent).set(PARENTING_RULE.CHILD_KIND, child).execute()));
                rules.roots().forEach(root -> db.insertInto(PARENTING_ROOT).set(PARENTING_ROOT.KIND, root).execute());
            }
            db.update(COMPONENT_RULES).set(COMPONENT_RULES.PERMISSIVE, rules.isPermissive())
                    .set(COMPONENT_RULES.REVISION, COMPONENT_RULES.REVISION.plus(1)).where(COMPONENT_RULES.ID.eq(RULES_ROW)).execute();
        });
    }

    @Override
    public Set<KindPair> kindPairsInUse() {
        return shapes.kindPairsInUse();
    }

    @Override
    public List<ComponentPath> pathsOf(KindPair pair, int limit) {
        return shapes.pathsOf(requireNonNull(pair, "pair is null"), limit);
    }

    @Override
    public List<KindedPath> childrenOutside(ComponentId parent, Set<ComponentKind> allowed, int limit) {
        requireNonNull(parent, "parent is null");
        Condition outside = allowed.isEmpty() ? DSL.noCondition() : COMPONENT.KIND.notIn(allowed.stream().map(ComponentKind::name).toList());
        return dsl.select(COMPONENT.PATH, COMPONENT.KIND).from(COMPONENT)
                .where(COMPONENT.PARENT_ID.eq(parent.value())).and(outside)
                .orderBy(COMPONENT.ID).limit(limit)
                .fetch(row -> new KindedPath(ComponentRecordMapper.path(row.value1()), new ComponentKind(row.value2())));
    }

    /**
     * The service checked the kinds before; checked again under the rules lock because a kind may
     * have been unregistered in between, and stored rules must never name a kind that is gone.
     */
    private static void refuseUnregistered(DSLContext db, ParentingRules rules) {
        List<String> named = rules.kindsNamed().stream().filter(kind -> !kind.isBuiltIn()).map(ComponentKind::name).sorted().toList();
        if (named.isEmpty()) {
            return;
        }
        Set<String> registered = Set.copyOf(db.select(COMPONENT_KIND.NAME).from(COMPONENT_KIND).where(COMPONENT_KIND.NAME.in(named))
                .fetch(COMPONENT_KIND.NAME));
        named.stream().filter(kind -> !registered.contains(kind)).findFirst().ifPresent(kind -> {
            throw KindCatalogue.unregisteredInRules(new ComponentKind(kind));
        });
    }

    private static void lockRules(DSLContext db) {
        db.select(COMPONENT_RULES.ID).from(COMPONENT_RULES).where(COMPONENT_RULES.ID.eq(RULES_ROW)).forUpdate().fetchSingle();
    }

    private static void moveRevisionOn(DSLContext db) {
        db.update(COMPONENT_RULES).set(COMPONENT_RULES.REVISION, COMPONENT_RULES.REVISION.plus(1))
                .where(COMPONENT_RULES.ID.eq(RULES_ROW)).execute();
    }
}
