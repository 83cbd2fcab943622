package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Component writes, single and bulk, follow the kinds and parenting rules stored now. */
class ComponentRulesEnforcementTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InfrastructureRules rules = new InfrastructureRules(new InMemoryComponentRulesStore(components));
    private final InfrastructureService infra = new InfrastructureService(components, new InMemoryLinkedWork(new InMemoryTaskStore(), components), rules, clock);
    private final ComponentImport importer = new ComponentImport(components, rules, clock);
    private Component aws;
    private Component region;
    private Component cluster;

    @BeforeEach
    void startWithATree() {
        aws = create(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null);
        region = create(ComponentDetails.of("region", "eu-west-1"), aws);
        cluster = create(ComponentDetails.of("cluster", "prod-eks"), region);
        create(ComponentDetails.of("node", "n1"), cluster);
    }

    private Component create(ComponentDetails details, Component parent) {
        return infra.create(new CreateComponentCommand(details, parent == null ? null : parent.id()));
    }

    private Component changeKind(Component component, String kind) {
        return infra.update(new UpdateComponentCommand(component.id(), OptionalLong.empty(),
                ComponentChanges.none().withKind(new ComponentKind(kind))));
    }

    @Test
    void aComponentOfAMisspelledKindIsRefusedWithTheClosestKindsAndHowToRegister() {
        assertThatThrownBy(() -> create(ComponentDetails.of("servcie", "checkout"), cluster))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("kind");
                    assertThat(invalid.value()).isEqualTo("servcie");
                })
                .hasMessageContaining("did you mean service?")
                .hasMessageContaining("register it as a component kind first");
        assertThat(components.findByPath(cluster.path().child("checkout"))).isEmpty();
    }

    @Test
    void aRegisteredKindIsAccepted() {
        rules.registerKind(new ComponentKind("lambda"), "a serverless function");

        assertThat(create(ComponentDetails.of("lambda", "resize"), region).kind()).isEqualTo(new ComponentKind("lambda"));
    }

    @Test
    void changingAComponentToAnUnknownKindIsRefused() {
        assertThatThrownBy(() -> changeKind(cluster, "clutser")).hasMessageContaining("did you mean cluster?");
        assertThat(infra.get(cluster.id()).kind()).isEqualTo(new ComponentKind("cluster"));
    }

    @Test
    void aNewKindMustSuitEveryChildUnderConfiguredRules() {
        rules.registerKind(new ComponentKind("pool"), null);
        rules.replaceParentingRules(new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster", "pool"),
                "cluster", Set.of("node"), "pool", Set.of()), Set.of("provider")), false);

        assertThatThrownBy(() -> changeKind(cluster, "pool"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("pool"))
                .hasMessageContaining("its child aws/eu-west-1/prod-eks/n1 is a node, which may not sit below a pool");
        assertThat(infra.get(cluster.id()).kind()).isEqualTo(new ComponentKind("cluster"));
    }

    @Test
    void aNewKindWhoseChildrenAllFitIsAccepted() {
        rules.registerKind(new ComponentKind("pool"), null);
        rules.replaceParentingRules(new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster", "pool"),
                "cluster", Set.of("node"), "pool", Set.of("node")), Set.of("provider")), false);

        assertThat(changeKind(cluster, "pool").kind()).isEqualTo(new ComponentKind("pool"));
    }

    @Test
    void cyclesAndSelfParentingStayRefusedUnderPermissiveRules() {
        assertThatThrownBy(() -> infra.update(new UpdateComponentCommand(region.id(), OptionalLong.empty(),
                ComponentChanges.none().withParent(cluster.id()))))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("cannot be placed under itself or one of its descendants");
        assertThatThrownBy(() -> infra.update(new UpdateComponentCommand(region.id(), OptionalLong.empty(),
                ComponentChanges.none().withParent(region.id()))))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void anImportReportsRowsOfUnknownKindsAndAppliesTheRest() {
        ImportReport report = importer.upsert(List.of(
                new ComponentRow(2, ComponentPath.parse("aws/eu-west-1/prod-eks/checkout"), new ComponentKind("servcie"), null, null, Map.of()),
                new ComponentRow(3, ComponentPath.parse("aws/eu-west-1/prod-eks/cart"), new ComponentKind("service"), null, null, Map.of())));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.line()).isEqualTo(2);
            assertThat(failure.field()).isEqualTo("kind");
            assertThat(failure.value()).isEqualTo("servcie");
        });
    }

    @Test
    void anImportFollowsRulesChangedSinceTheLastImport() {
        importer.upsert(List.of(new ComponentRow(2, ComponentPath.parse("aws/eu-west-1/logs"), new ComponentKind("bucket"), null, null, Map.of())));
        rules.replaceParentingRules(new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster"),
                "cluster", Set.of("node")), Set.of("provider")), true);

        ImportReport report = importer.upsert(List.of(
                new ComponentRow(2, ComponentPath.parse("aws/eu-west-1/audit"), new ComponentKind("bucket"), null, null, Map.of())));

        assertThat(report.failures()).singleElement().satisfies(failure ->
                assertThat(failure.message()).contains("a bucket may not be placed below a region"));
    }
}
