package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ComponentStore} must do: the tree ({@link ComponentTreeContract}), queries and task links. Subclasses supply an empty store. */
public abstract class ComponentStoreContract extends ComponentTreeContract {

    @Test
    void queriesSeeInheritedTagsAndPage() {
        Component worker = add(ComponentDetails.of("service", "worker").withTags(Map.of("env", "staging")), cluster);
        Component gcp = add(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);

        assertThat(store.query(ComponentQueryParser.parse("kind:service env=prod"), PageRequest.first(10)).items()).containsExactly(checkout);
        assertThat(store.query(ComponentQueryParser.parse("under:aws/eu-west-1 -tag:deprecated"), PageRequest.first(10)).items())
                .containsExactly(region, cluster, worker);
        assertThat(store.query(ComponentQueryParser.parse("provider:gcp | name~check*"), PageRequest.first(10)).items())
                .containsExactly(checkout, gcp);

        Page<Component> first = store.query(ComponentQueryParser.parse(""), PageRequest.first(4));
        Page<Component> rest = store.query(ComponentQueryParser.parse(""), new PageRequest(4, first.next()));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.items()).containsExactly(aws, region, cluster, checkout);
        assertThat(rest.items()).containsExactly(worker, gcp);
        assertThat(rest.next()).isNull();
    }

    @Test
    void aSearchAskedWithoutItsTotalSaysThatItsTotalIsOnlyALowerBound() {
        add(ComponentDetails.of("service", "worker"), cluster);

        Page<Component> first = store.query(ComponentQueryParser.parse("under:aws"), PageRequest.first(2).withoutTotal());
        Page<Component> whole = store.query(ComponentQueryParser.parse("kind:service"), PageRequest.first(10).withoutTotal());

        assertThat(first.items()).containsExactly(aws, region);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isFalse();
        assertThat(whole.total()).isEqualTo(2);
        assertThat(whole.totalExact()).isTrue();
    }

    @Test
    void linkingIsIdempotentPerRoleAndUnlinkingRemovesOneLink() {
        TaskLink first = store.link(link(7, checkout, LinkRole.AFFECTED));
        TaskLink repeat = store.link(new TaskLink(TaskId.of(7), checkout.id(), checkout.path(), LinkRole.AFFECTED, T0.plusSeconds(9)));

        assertThat(repeat).as("the existing link, first made at T0").isEqualTo(first);
        store.link(link(7, checkout, LinkRole.CHANGED));

        assertThat(linksOfTask(7)).containsExactly(first, link(7, checkout, LinkRole.CHANGED));
        assertThat(store.unlink(TaskId.of(7), checkout.id(), LinkRole.AFFECTED)).isTrue();
        assertThat(store.unlink(TaskId.of(7), checkout.id(), LinkRole.AFFECTED)).isFalse();
        assertThat(linksOfTask(7)).extracting(TaskLink::role).containsExactly(LinkRole.CHANGED);
    }

    @Test
    void aLinkRecordsWhereTheComponentIsWhenLinked() {
        TaskLink stored = store.link(new TaskLink(TaskId.of(8), checkout.id(), ComponentPath.parse("somewhere/else"), LinkRole.CAUSE, T0));

        assertThat(stored.pathAtLink()).isEqualTo(checkout.path());
        assertThat(linksOfTask(8)).extracting(TaskLink::pathAtLink).containsExactly(checkout.path());
    }

    @Test
    void linkingToAComponentThatDoesNotExistIsNotFound() {
        Component leaf = add(ComponentDetails.of("node", "i-9"), cluster);
        store.delete(leaf.id());

        assertThatThrownBy(() -> store.link(link(7, leaf, LinkRole.AFFECTED))).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> store.linksOfComponent(leaf.id(), true, PageRequest.first(5))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void linksOfAComponentIncludeItsSubtreeOnlyWhenAsked() {
        store.link(link(9, checkout, LinkRole.AFFECTED));
        store.link(link(3, cluster, LinkRole.CAUSE));
        store.link(link(5, checkout, LinkRole.CHANGED));
        store.link(link(4, aws, LinkRole.AFFECTED));

        assertThat(store.linksOfComponent(cluster.id(), false, PageRequest.first(10)).items()).extracting(TaskLink::taskId)
                .containsExactly(TaskId.of(3));
        Page<TaskLink> first = store.linksOfComponent(cluster.id(), true, PageRequest.first(2));
        Page<TaskLink> rest = store.linksOfComponent(cluster.id(), true, new PageRequest(2, first.next()));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).as("in the order the links were made").extracting(TaskLink::taskId).containsExactly(TaskId.of(9), TaskId.of(3));
        assertThat(rest.items()).extracting(TaskLink::taskId).containsExactly(TaskId.of(5));
        assertThat(rest.next()).isNull();
    }

    @Test
    void aPageOfLinksStartsAfterTheLastLinkReadEvenWhenLinksWentAwayMeanwhile() {
        store.link(link(9, checkout, LinkRole.AFFECTED));
        store.link(link(3, checkout, LinkRole.CAUSE));
        store.link(link(5, checkout, LinkRole.CHANGED));
        Page<TaskLink> first = store.linksOfComponent(checkout.id(), false, PageRequest.first(2));

        store.unlink(TaskId.of(9), checkout.id(), LinkRole.AFFECTED);
        store.link(link(1, checkout, LinkRole.AFFECTED));
        Page<TaskLink> rest = store.linksOfComponent(checkout.id(), false, new PageRequest(2, first.next()));

        assertThat(first.items()).extracting(TaskLink::taskId).containsExactly(TaskId.of(9), TaskId.of(3));
        assertThat(rest.items()).as("neither repeated nor skipped; the newest comes last").extracting(TaskLink::taskId)
                .containsExactly(TaskId.of(5), TaskId.of(1));
    }

    @Test
    void theLinksOfATaskComeAPageAtATimeOldestFirstTombstonesIncluded() {
        Component worker = add(ComponentDetails.of("service", "worker"), cluster);
        store.link(link(7, checkout, LinkRole.AFFECTED));
        store.link(link(7, worker, LinkRole.CHANGED));
        store.link(link(7, cluster, LinkRole.CAUSE));
        store.link(link(8, cluster, LinkRole.CAUSE));
        store.delete(worker.id());

        Page<TaskLink> first = store.linksOfTask(TaskId.of(7), PageRequest.first(2));
        Page<TaskLink> rest = store.linksOfTask(TaskId.of(7), new PageRequest(2, first.next()));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(link -> link.pathAtLink().toString())
                .containsExactly("aws/eu-west-1/prod-eks/checkout", "aws/eu-west-1/prod-eks/worker");
        assertThat(first.items().get(1).isTombstone()).isTrue();
        assertThat(rest.items()).extracting(TaskLink::componentId).containsExactly(cluster.id());
        assertThat(rest.next()).isNull();
    }

    @Test
    void linksOfAnUnlinkedTaskAreEmpty() {
        assertThat(linksOfTask(12_345)).isEqualTo(List.of());
        assertThat(store.linksOfTask(TaskId.of(12_345), PageRequest.first(5)).next()).isNull();
    }
}
