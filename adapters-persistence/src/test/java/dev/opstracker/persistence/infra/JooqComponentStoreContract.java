package dev.opstracker.persistence.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.ComponentStoreContract;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared component store contract plus what a SQL store can get wrong on its own: LIKE
 * wildcards in globs, tombstones in a unique key, the longest paths, exact text comparison, and
 * queries over a generated tree that has been moved and retagged. Run against H2 and MariaDB.
 */
abstract class JooqComponentStoreContract extends ComponentStoreContract {

    private Component root() {
        return store.findByPath(ComponentPath.parse("aws")).orElseThrow();
    }

    @Test
    void globsTakeLikeWildcardsLiterallyAndIgnoreCase() {
        Component underscore = add(ComponentDetails.of("node", "a_b"), root());
        Component letter = add(ComponentDetails.of("node", "AXB"), root());

        assertThat(names("name~a_b")).containsExactly("a_b");
        assertThat(names("name~A?b")).containsExactly(underscore.name(), letter.name());
        assertThat(names("name~a%b")).isEmpty();
        assertThat(names("name~a!b")).isEmpty();
        assertThat(names("name~*X*")).containsExactly("AXB");
    }

    @Test
    void tagValuesHoldingTheStoredTextsSeparatorsOrLikeWildcardsMatchOnlyThemselves() {
        add(ComponentDetails.of("node", "n1").withTags(Map.of("note", "x;squad=pay", "pct", "5%_!")), root());
        add(ComponentDetails.of("node", "n2").withTags(Map.of("pct", "5ab!", "empty", "")), root());

        assertThat(tagged(new ComponentQuery.TagEquals("squad", "pay"))).isEmpty();
        assertThat(tagged(new ComponentQuery.HasTag("squad"))).isEmpty();
        assertThat(tagged(new ComponentQuery.TagEquals("note", "x;squad=pay"))).containsExactly("n1");
        assertThat(tagged(new ComponentQuery.TagEquals("pct", "5%_!"))).containsExactly("n1");
        assertThat(tagged(new ComponentQuery.TagEquals("pct", "5ab!"))).containsExactly("n2");
        assertThat(tagged(new ComponentQuery.TagEquals("pct", "5%"))).isEmpty();
        assertThat(tagged(new ComponentQuery.TagEquals("empty", ""))).containsExactly("n2");
        assertThat(store.findByPath(ComponentPath.parse("aws/n1")).orElseThrow().tags()).containsOnly(Map.entry("note", "x;squad=pay"), Map.entry("pct", "5%_!"));
    }

    @Test
    void aSubtreeWithTagTermsPagesByIdAndCountsEveryMatchOnItsFirstPage() {
        List<String> added = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            added.add(add(ComponentDetails.of("node", "paged-" + n).withTags(Map.of("batch", n % 2 == 0 ? "even" : "odd")), root()).name());
        }
        ComponentQuery query = ComponentQueryParser.parse("batch=odd under:aws");

        Page<Component> first = store.query(query, PageRequest.first(2));
        Page<Component> second = store.query(query, new PageRequest(2, first.next()));

        assertThat(first.items()).extracting(Component::name).containsExactly(added.get(0), added.get(2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isTrue();
        assertThat(second.items()).extracting(Component::name).containsExactly(added.get(4));
        assertThat(second.next()).isNull();
        assertThat(store.query(query, PageRequest.first(2).withoutTotal()).items()).extracting(Component::name)
                .containsExactly(added.get(0), added.get(2));
    }

    private List<String> tagged(ComponentQuery query) {
        return store.query(query, PageRequest.first(10)).items().stream().map(Component::name).toList();
    }

    @Test
    void tagsCompareExactlyWithCaseAndTrailingSpacesCounting() {
        add(ComponentDetails.of("node", "n1").withTags(Map.of("stage", "Live ")), root());

        assertThat(names("stage=live")).isEmpty();
        assertThat(names("stage=Live")).isEmpty();
        assertThat(names("Stage=Live")).isEmpty();
        assertThat(store.query(new ComponentQuery.TagEquals("stage", "Live "), PageRequest.first(5)).items()).extracting(Component::name)
                .containsExactly("n1");
    }

    @Test
    void tombstonesOfOneTaskAndRoleNeverCollideWithEachOtherOrWithALiveLink() {
        for (int round = 0; round < 2; round++) {
            Component node = add(ComponentDetails.of("node", "i-1"), root());
            store.link(new TaskLink(TaskId.of(7), node.id(), node.path(), LinkRole.AFFECTED, T0));
            store.delete(node.id());
        }
        Component node = add(ComponentDetails.of("node", "i-1"), root());
        store.link(new TaskLink(TaskId.of(7), node.id(), node.path(), LinkRole.AFFECTED, T0));

        assertThat(store.linksOfTask(TaskId.of(7), PageRequest.first(10)).items()).extracting(TaskLink::isTombstone).containsExactly(true, true, false);
        assertThat(store.unlink(TaskId.of(7), node.id(), LinkRole.AFFECTED)).isTrue();
        assertThat(store.linksOfTask(TaskId.of(7), PageRequest.first(10)).items()).extracting(TaskLink::pathAtLink).containsOnly(node.path());
    }

    @Test
    void theLongestPathsReadBackAndStayUnique() {
        Component parent = root();
        for (int depth = 2; depth <= ComponentPath.MAX_DEPTH; depth++) {
            parent = add(ComponentDetails.of("node", (depth % 10) + "x".repeat(127)), parent);
        }
        Component deepest = parent;

        assertThat(deepest.path().toString()).hasSize(4 + 31 * 129 - 1);
        assertThat(store.findByPath(deepest.path())).contains(deepest);
        assertThat(store.query(new ComponentQuery.Under(deepest.path()), PageRequest.first(5)).items()).containsExactly(deepest);
        Component sibling = store.ancestors(deepest.id()).get(ComponentPath.MAX_DEPTH - 2);
        assertThatThrownBy(() -> add(ComponentDetails.of("node", deepest.name()), sibling))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-path"));
    }

    @Test
    void anAddBelowAParentThatMovedMeanwhileIsAConflict() {
        Component parent = add(ComponentDetails.of("zone", "z1"), root());
        Component gcp = add(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);
        NewComponent child = Component.create(ComponentDetails.of("node", "n1"), parent, ParentingRules.permissive(), T0);
        store.update(parent.moveUnder(gcp, ParentingRules.permissive(), T0));

        assertThatThrownBy(() -> store.add(child))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-parent"));
    }

    @Test
    void queriesOverAGeneratedTreeAgreeWithTheReferenceAfterMovesAndRetagging() {
        new GeneratedTree(store).checkAgreement();
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        store.query(ComponentQueryParser.parse(query), PageRequest.first(PageRequest.MAX_LIMIT)).items().forEach(c -> names.add(c.name()));
        return Collections.unmodifiableList(names);
    }
}
