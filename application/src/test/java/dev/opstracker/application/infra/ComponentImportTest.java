package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentImportTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryComponentStore store = new InMemoryComponentStore();
    private final ComponentImport importer = new ComponentImport(store, InMemoryComponentRulesStore.rulesOver(store), clock);

    private static ComponentRow row(int line, String path, String kind, Provider provider, String externalId, Map<String, String> tags) {
        return new ComponentRow(line, ComponentPath.parse(path), new ComponentKind(kind), provider, externalId, tags);
    }

    private static final List<ComponentRow> INVENTORY = List.of(
            row(2, "aws", "provider", Provider.AWS, null, Map.of()),
            row(3, "aws/eu-west-1", "region", null, null, Map.of("env", "prod")),
            row(4, "aws/eu-west-1/prod-eks", "cluster", null, "arn:eks:prod", Map.of()),
            row(5, "aws/eu-west-1/prod-eks/checkout", "service", null, null, Map.of("team", "payments")));

    @Test
    void rowsAreCreatedInOrderSoParentsMayComeInEarlierRows() {
        ImportReport report = importer.upsert(INVENTORY);

        assertThat(report.created()).isEqualTo(4);
        assertThat(report.failed()).isZero();
        assertThat(store.findByPath(ComponentPath.parse("aws/eu-west-1/prod-eks/checkout")).orElseThrow().provider()).isEqualTo(Provider.AWS);
    }

    @Test
    void importingTheSameRowsAgainChangesNothing() {
        importer.upsert(INVENTORY);

        ImportReport again = importer.upsert(INVENTORY);

        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.created() + again.updated() + again.failed()).isZero();
        assertThat(store.query(dev.opstracker.domain.infra.ComponentQueryParser.parse(""), PageRequest.first(10)).total()).isEqualTo(4);
    }

    @Test
    void aRowMatchedByExternalIdMovesAndRenamesTheComponent() {
        importer.upsert(INVENTORY);

        ImportReport report = importer.upsert(List.of(
                row(2, "aws/eu-central-1", "region", null, null, Map.of()),
                row(3, "aws/eu-central-1/prod-eks-blue", "cluster", null, "arn:eks:prod", Map.of("tier", "1"))));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(store.findByExternalId("arn:eks:prod").orElseThrow().path()).hasToString("aws/eu-central-1/prod-eks-blue");
        assertThat(store.findByPath(ComponentPath.parse("aws/eu-central-1/prod-eks-blue/checkout"))).isPresent();
    }

    @Test
    void aLaterRowGivingBackAnExternalIdAnEarlierRowTookAwayIsApplied() {
        importer.upsert(INVENTORY);

        ImportReport report = importer.upsert(List.of(
                row(2, "aws/eu-west-1/prod-eks", "cluster", null, "arn:eks:blue", Map.of()),
                row(3, "aws/eu-west-1/prod-eks", "cluster", null, "arn:eks:prod", Map.of())));

        assertThat(report.updated()).isEqualTo(2);
        assertThat(store.findByPath(ComponentPath.parse("aws/eu-west-1/prod-eks")).orElseThrow().externalId()).isEqualTo("arn:eks:prod");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheGoodRowsStay() {
        ImportReport report = importer.upsert(List.of(
                row(2, "aws", "provider", Provider.AWS, null, Map.of()),
                row(3, "aws/eu-west-1/prod-eks", "cluster", null, null, Map.of()),
                row(4, "gcp", "provider", null, null, Map.of()),
                row(5, "aws/us-east-1", "region", null, "i-1", Map.of()),
                row(6, "aws/us-west-2", "region", null, null, Map.of()),
                row(7, "aws/us-west-2", "region", null, "i-1", Map.of())));

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.failures()).extracting(ImportReport.RowFailure::line).containsExactly(3, 4, 7);
        assertThat(report.failures().get(0).message()).contains("its parent aws/eu-west-1 does not exist");
        assertThat(report.failures().get(0).field()).isEqualTo("path");
        assertThat(report.failures().get(1).field()).isEqualTo("provider");
        assertThat(report.failures().get(2).message()).contains("a component exists at aws/us-west-2 already");
        assertThat(store.findByExternalId("i-1").orElseThrow().path()).as("the failed row changed nothing").hasToString("aws/us-east-1");
    }
}
