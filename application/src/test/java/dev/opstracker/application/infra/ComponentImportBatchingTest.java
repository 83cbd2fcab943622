package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.PageRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Imports larger than one chunk, and imports whose store refuses a batch or fails outright. */
class ComponentImportBatchingTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryComponentStore store = new InMemoryComponentStore();

    private static ComponentRow row(int line, String path, String kind, Provider provider, Map<String, String> tags) {
        return new ComponentRow(line, ComponentPath.parse(path), new ComponentKind(kind), provider, null, tags);
    }

    /** A provider, 50 regions, and below each region nodes: {@code nodes} rows in all after the regions. */
    private static List<ComponentRow> inventory(int nodes) {
        List<ComponentRow> rows = new ArrayList<>();
        rows.add(row(1, "hetzner", "provider", Provider.HETZNER, Map.of("client", "acme")));
        for (int region = 0; region < 50; region++) {
            rows.add(row(rows.size() + 1, "hetzner/r" + region, "region", null, Map.of("env", region % 2 == 0 ? "prod" : "staging")));
        }
        for (int node = 0; node < nodes; node++) {
            rows.add(row(rows.size() + 1, "hetzner/r" + node % 50 + "/n" + node, "node", null, Map.of("rack", "k" + node % 7)));
        }
        return rows;
    }

    /** The store, with {@code handler} deciding each call (it may hand it on to the real store). */
    private ComponentStore intercepted(InvocationHandler handler) {
        return (ComponentStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ComponentStore.class}, handler);
    }

    private Object forward(Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(store, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    @Test
    void anImportOfSeveralChunksCreatesEveryRowWithItsInheritedTagsAndReportsProgressPerChunk() {
        List<ComponentRow> rows = inventory(2_449);
        List<Integer> progress = new ArrayList<>();

        ImportReport report = new ComponentImport(store, InMemoryComponentRulesStore.rulesOver(store), clock).upsert(rows, (done, total) -> progress.add(done));

        assertThat(report.created()).isEqualTo(2_500);
        assertThat(report.failed()).isZero();
        assertThat(progress).containsExactly(1_000, 2_000, 2_500);
        assertThat(store.findByPath(ComponentPath.parse("hetzner/r7/n2007")).orElseThrow().provider()).isEqualTo(Provider.HETZNER);
        assertThat(store.query(ComponentQueryParser.parse("kind:node env=prod client=acme rack=k3"), PageRequest.first(500)).total())
                .isEqualTo(rows.stream().filter(row -> row.kind().name().equals("node") && row.tags().get("rack").equals("k3")
                        && Integer.parseInt(row.path().names().get(1).substring(1)) % 2 == 0).count());
    }

    @Test
    void reImportingSeveralChunksChangesNothingAndTouchesNoComponent() {
        ComponentImport importer = new ComponentImport(store, InMemoryComponentRulesStore.rulesOver(store), clock);
        importer.upsert(inventory(1_500));
        clock.advance(Duration.ofMinutes(1));

        ImportReport again = importer.upsert(inventory(1_500));

        assertThat(again.unchanged()).isEqualTo(1_551);
        assertThat(again.created() + again.updated() + again.failed()).isZero();
        assertThat(store.findByPath(ComponentPath.parse("hetzner/r3/n3")).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aBatchLosingARaceToAnotherWriterIsAppliedRowByRowAndTheRaceIsNoFailure() {
        AtomicInteger batches = new AtomicInteger();
        ComponentStore racing = intercepted((proxy, method, arguments) -> {
            if (method.getName().equals("addAll") && batches.getAndIncrement() == 1) {
                // Another import stores the second batch's first component just before this one.
                @SuppressWarnings("unchecked") NewComponent first = ((List<NewComponent>) arguments[0]).get(0);
                store.add(first);
            }
            return forward(method, arguments);
        });

        ImportReport report = new ComponentImport(racing, InMemoryComponentRulesStore.rulesOver(store), clock).upsert(inventory(10));

        assertThat(report.failed()).isZero();
        assertThat(report.created() + report.unchanged()).isEqualTo(61);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(store.findByPath(ComponentPath.parse("hetzner/r9/n9"))).isPresent();
    }

    @Test
    void whenTheStoreFailsTheImportStopsSayingWhatItHadDoneAndARerunAppliesTheRest() {
        AtomicInteger batches = new AtomicInteger();
        ComponentStore failing = intercepted((proxy, method, arguments) -> {
            if (method.getName().startsWith("add") && batches.incrementAndGet() == 2) {
                throw new IllegalStateException("connection refused: jdbc:mariadb://db/ops?password=hunter2");
            }
            return forward(method, arguments);
        });
        ComponentImport importer = new ComponentImport(failing, InMemoryComponentRulesStore.rulesOver(store), clock);

        assertThatThrownBy(() -> importer.upsert(inventory(10)))
                .isInstanceOfSatisfying(ImportInterrupted.class, interrupted -> {
                    assertThat(interrupted.report().created()).isEqualTo(1);
                    assertThat(interrupted.report().failed()).isZero();
                    assertThat(interrupted.getMessage()).contains("after applying 1 rows", "IllegalStateException").doesNotContain("hunter2");
                    assertThat(interrupted.getCause()).isInstanceOf(IllegalStateException.class);
                });
        assertThat(store.findByPath(ComponentPath.parse("hetzner"))).isPresent();
        assertThat(store.findByPath(ComponentPath.parse("hetzner/r0"))).isEmpty();

        ImportReport rerun = importer.upsert(inventory(10));

        assertThat(rerun.unchanged()).isEqualTo(1);
        assertThat(rerun.created()).isEqualTo(60);
    }
}
