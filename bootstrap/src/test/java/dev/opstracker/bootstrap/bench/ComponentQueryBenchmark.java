package dev.opstracker.bootstrap.bench;

import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.application.infra.ImportReport;
import dev.opstracker.bootstrap.MariaDbScratchDatabase;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The infrastructure map at scale (issue 3, "Performance"), through the {@link OpsTracker} facade on
 * H2 and, when {@code OPSTRACKER_TEST_MARIADB_URL} is set, on a scratch MariaDB database: bulk upsert
 * rate of a 100,000-component tree (depth 7, 5 tags each), task link rate for 200,000 links, and the
 * latency of filter queries (kind + two tags + subtree; a broad and a narrow subtree; two tags alone,
 * which reads every component's inherited tags) returning up to 100 rows, with and without the exact
 * total. On MariaDB the query figures come from a second
 * database seeded by direct SQL ({@link DirectSqlSeed}) with the full tree and links. Prints figures next to the targets; never fails on a slow machine. Run with {@code -Pbench}.
 *
 * <p>Each phase has a time cap so that a slow store cannot stall the build: a capped phase stops at
 * a batch boundary and its label says how much of the planned size it reached. Sizes and caps can be
 * changed with system properties ({@code bench.components}, {@code bench.links}, {@code bench.seedCapSeconds}, {@code bench.mariadbSeedCapSeconds},
 * {@code bench.linkCapSeconds}, {@code bench.queryCapSeconds}).
 */
@Tag("bench")
class ComponentQueryBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentQueryBenchmark.class);

    private static final int COMPONENTS = Integer.getInteger("bench.components", 100_000);
    private static final int LINKS = Integer.getInteger("bench.links", 200_000);
    private static final int WARMUP_COMPONENTS = Integer.getInteger("bench.warmupComponents", 50_000);
    private static final int LINKS_PER_TASK = 10;
    private static final int BATCH = 1_000;
    private static final long SEED_CAP_NANOS = TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.seedCapSeconds", 180));
    /** Links go in one by one (a few hundred a second on MariaDB), so MariaDB's query data comes from a direct-SQL seed. */
    private static final long MARIADB_SEED_CAP_NANOS = TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.mariadbSeedCapSeconds", 120));
    private static final long LINK_CAP_NANOS = TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.linkCapSeconds", 60));
    private static final long QUERY_CAP_NANOS = TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.queryCapSeconds", 15));
    private static final int QUERY_WARMUP = 50;
    private static final int QUERY_RUNS = 500;
    private static final int LINK_TARGET_SAMPLE = 5_000;

    private static final String COMBINED_QUERY = "kind:service env=prod team=payments under:aws/account-1";
    private static final String BROAD_QUERY = "under:aws";
    private static final String NARROW_QUERY = "kind:database under:aws/account-1/eu-west-1/cluster-1/ns-1";
    /** No kind and no subtree to narrow the candidates: every component's inherited tags are read. */
    private static final String TAGS_ONLY_QUERY = "env=prod team=payments";

    private static final String[] PROVIDERS = {"aws", "gcp", "azure"};
    private static final Map<String, String[]> REGIONS = Map.of(
            "aws", new String[] {"eu-west-1", "us-east-1", "eu-central-1", "ap-south-1"},
            "gcp", new String[] {"europe-west1", "us-central1", "europe-north1", "asia-east1"},
            "azure", new String[] {"westeurope", "eastus", "northeurope", "southeastasia"});
    private static final int ACCOUNTS = 4;
    private static final int CLUSTERS = 3;
    private static final int SERVICES = 14;
    private static final String[][] RESOURCES = {{"db", "database"}, {"queue", "queue"}, {"bucket", "bucket"}};
    private static final int NAMESPACE_UNIT = 1 + SERVICES * (1 + RESOURCES.length);

    private static final String[] ENVS = {"prod", "prod", "staging", "dev"};
    private static final String[] TEAMS = {"payments", "search", "platform", "identity", "data", "growth"};
    private static final String[] MANAGERS = {"terraform", "helm", "manual"};

    private final List<String> rows = new ArrayList<>();

    @TempDir
    Path temporary;

    @Test
    void printComponentFigures() throws Exception {
        warmUp();
        measure("H2", Settings.embedded(temporary.resolve("h2")));
        h2Floor();
        String mariaDb = System.getenv("OPSTRACKER_TEST_MARIADB_URL");
        if (mariaDb != null) {
            measureMariaDb(mariaDb);
        } else {
            rows.add("MariaDB: skipped (OPSTRACKER_TEST_MARIADB_URL not set)");
        }
        String table = String.join(System.lineSeparator(), rows);
        LOG.info("Component query benchmark{}{}", System.lineSeparator(), table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-component-query.txt"), table + System.lineSeparator());
    }

    /**
     * An untimed import into a scratch store first, so the figures are of a running server's
     * compiled code rather than of the JIT's first minutes.
     */
    private void warmUp() {
        try (OpsTracker ops = OpsTracker.open(Settings.embedded(temporary.resolve("warm-up")))) {
            List<ComponentRow> planned = tree(WARMUP_COMPONENTS);
            for (int done = 0; done < planned.size(); done += BATCH) {
                ops.componentImport().upsert(planned.subList(done, Math.min(done + BATCH, planned.size())));
            }
        }
    }

    /**
     * The same rows written by plain JDBC into a fresh H2 schema, a commit per batch as the
     * import makes: no existence read, no validation, no locks. No store can upsert faster.
     */
    private void h2Floor() throws SQLException {
        Path directory = temporary.resolve("h2-floor");
        try (OpsTracker ignored = OpsTracker.open(Settings.embedded(directory))) {
            // Opened for its migration only.
        }
        List<ComponentRow> planned = tree(COMPONENTS);
        long start = System.nanoTime();
        DirectSqlSeed.components(Database.embeddedUrl(directory), "sa", "", planned, BATCH);
        rate(String.format(Locale.ROOT, "H2 floor: the same rows by plain JDBC batches of %,d (nothing read, checked or locked)", BATCH),
                planned.size(), "components", System.nanoTime() - start, "not a store figure");
    }

    private void measure(String database, Settings settings) {
        try (OpsTracker ops = OpsTracker.open(settings)) {
            List<ComponentRow> planned = tree(COMPONENTS);
            int seeded = seed(database, ops, planned);
            List<ComponentId> targets = linkTargets(ops, planned.subList(0, seeded));
            link(database, ops, targets);
            queries(database, ops, seeded);
        }
    }

    /** Store write rates on one scratch database (capped), queries on a second one seeded in seconds by {@link DirectSqlSeed}. */
    private void measureMariaDb(String serverUrl) throws SQLException {
        try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(serverUrl);
                OpsTracker ops = OpsTracker.open(Settings.embedded(temporary.resolve("maria-writes")).withDatabase(scratch.url(), null, null))) {
            List<ComponentRow> planned = tree(COMPONENTS);
            int seeded = seed("MariaDB", ops, planned);
            link("MariaDB", ops, linkTargets(ops, planned.subList(0, seeded)));
        }
        try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(serverUrl);
                OpsTracker ops = OpsTracker.open(Settings.embedded(temporary.resolve("maria-reads")).withDatabase(scratch.url(), null, null))) {
            long start = System.nanoTime();
            DirectSqlSeed.seed(scratch.url(), tree(COMPONENTS), LINKS, LINKS_PER_TASK);
            rows.add(String.format(Locale.ROOT, "%-105s %,8d components and %,d links in %7.2f s (setup, not a store figure)",
                    "MariaDB query data: a fresh database seeded by direct batched SQL", COMPONENTS, LINKS, (System.nanoTime() - start) / 1e9));
            queries("MariaDB", ops, COMPONENTS);
        }
    }

    /** Each query shape twice: with the exact total the default request counts, and with {@code withoutTotal()}. */
    private void queries(String database, OpsTracker ops, int components) {
        Map<String, String> shapes = new LinkedHashMap<>(Map.of(String.format(Locale.ROOT, "%s, %,d components: %s (targets median < 5, p99 < 20)",
                database, components, COMBINED_QUERY), COMBINED_QUERY));
        shapes.put(database + ", broad subtree: " + BROAD_QUERY, BROAD_QUERY);
        shapes.put(database + ", narrow subtree: " + NARROW_QUERY, NARROW_QUERY);
        shapes.put(database + ", tags only: " + TAGS_ONLY_QUERY, TAGS_ONLY_QUERY);
        shapes.forEach((label, query) -> {
            query(label + ", exact total", ops, query, PageRequest.first(100));
            query(label + ", total=false", ops, query, PageRequest.first(100).withoutTotal());
        });
    }

    private int seed(String database, OpsTracker ops, List<ComponentRow> planned) {
        int created = 0;
        int failed = 0;
        int done = 0;
        long cap = database.startsWith("MariaDB") ? MARIADB_SEED_CAP_NANOS : SEED_CAP_NANOS;
        long start = System.nanoTime();
        while (done < planned.size() && System.nanoTime() - start < cap) {
            List<ComponentRow> batch = planned.subList(done, Math.min(done + BATCH, planned.size()));
            ImportReport report = ops.componentImport().upsert(batch);
            created += report.created();
            failed += report.failed();
            if (report.failed() > 0 && failed == report.failed()) {
                LOG.warn("first upsert failure: {}", report.failures().get(0));
            }
            done += batch.size();
        }
        long nanos = System.nanoTime() - start;
        String label = String.format(Locale.ROOT, "%s bulk upsert, batches of %,d%s", database, BATCH,
                done < planned.size() ? String.format(Locale.ROOT, " (capped at %d s: %,d of %,d)",
                        TimeUnit.NANOSECONDS.toSeconds(cap), done, planned.size()) : "");
        rate(label, done, "components", nanos, "target >= 20,000/s"
                + (failed > 0 ? String.format(Locale.ROOT, "; %,d created, %,d FAILED", created, failed) : ""));
        return done;
    }

    /**
     * A tree of depth 7, parents first: providers, accounts, regions and clusters, then namespace units
     * (a namespace, its services, and a database, queue and bucket below each service). Units go
     * round-robin over the clusters, so any prefix cut at a unit is a tree spread over every cluster.
     */
    static List<ComponentRow> tree(int size) {
        Random random = new Random(42);
        List<ComponentRow> out = new ArrayList<>(size);
        List<ComponentPath> clusters = new ArrayList<>();
        for (String provider : PROVIDERS) {
            Provider cloud = Provider.parse("provider", provider);
            ComponentPath root = ComponentPath.root(provider);
            out.add(row(out, root, "provider", cloud, null, random));
            for (int a = 1; a <= ACCOUNTS; a++) {
                ComponentPath account = root.child("account-" + a);
                out.add(row(out, account, "account", null, null, random));
                for (String region : REGIONS.get(provider)) {
                    ComponentPath regionPath = account.child(region);
                    out.add(row(out, regionPath, "region", null, null, random));
                    for (int c = 1; c <= CLUSTERS; c++) {
                        ComponentPath cluster = regionPath.child("cluster-" + c);
                        out.add(row(out, cluster, "cluster", null, null, random));
                        clusters.add(cluster);
                    }
                }
            }
        }
        for (int n = 1; out.size() < size; n++) {
            for (ComponentPath cluster : clusters) {
                if (out.size() >= size) {
                    break;
                }
                ComponentPath namespace = cluster.child("ns-" + n);
                out.add(row(out, namespace, "namespace", null, null, random));
                for (int s = 1; s <= SERVICES; s++) {
                    ComponentPath service = namespace.child("svc-" + s);
                    out.add(row(out, service, "service", null, null, random));
                    for (String[] resource : RESOURCES) {
                        ComponentPath path = service.child(resource[0]);
                        out.add(row(out, path, resource[1], null, "ext:" + path, random));
                    }
                }
            }
        }
        return out.size() > size ? new ArrayList<>(out.subList(0, size)) : out;
    }

    private static ComponentRow row(List<ComponentRow> out, ComponentPath path, String kind, Provider provider, String externalId, Random random) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("env", ENVS[random.nextInt(ENVS.length)]);
        tags.put("team", TEAMS[random.nextInt(TEAMS.length)]);
        tags.put("tier", Integer.toString(1 + random.nextInt(3)));
        tags.put("cost-center", "cc-" + (100 + random.nextInt(20)));
        tags.put("managed-by", MANAGERS[random.nextInt(MANAGERS.length)]);
        return new ComponentRow(out.size() + 1, path, new ComponentKind(kind), provider, externalId, tags);
    }

    /** Ids of a seeded random sample of the seeded components (looked up, untimed). */
    private static List<ComponentId> linkTargets(OpsTracker ops, List<ComponentRow> seeded) {
        Random random = new Random(7);
        List<ComponentId> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(LINK_TARGET_SAMPLE, seeded.size()); i++) {
            ComponentRow row = seeded.get(random.nextInt(seeded.size()));
            ids.add(ops.infrastructure().getByPath(row.path()).id());
        }
        return ids;
    }

    private void link(String database, OpsTracker ops, List<ComponentId> targets) {
        Random random = new Random(11);
        LinkRole[] roles = LinkRole.values();
        int tasksWanted = LINKS / LINKS_PER_TASK;
        int tasks = 0;
        int links = 0;
        long taskNanos = 0;
        long linkNanos = 0;
        long start = System.nanoTime();
        while (tasks < tasksWanted && System.nanoTime() - start < LINK_CAP_NANOS) {
            long before = System.nanoTime();
            TaskId task = ops.tasks().create(new TaskDetails("bench linked task " + tasks, null, Priority.P3, "bench", null, null, null, null, Map.of())).id();
            long created = System.nanoTime();
            taskNanos += created - before;
            int first = random.nextInt(targets.size());
            for (int l = 0; l < LINKS_PER_TASK; l++) {
                // Consecutive sample slots: distinct components per task when the sample is large enough.
                ComponentId component = targets.get((first + l * 37) % targets.size());
                ops.links().link(task, component, roles[(tasks + l) % roles.length]);
                links++;
            }
            linkNanos += System.nanoTime() - created;
            tasks++;
        }
        String capped = tasks < tasksWanted ? String.format(Locale.ROOT, " (capped at %d s: %,d of %,d links)",
                TimeUnit.NANOSECONDS.toSeconds(LINK_CAP_NANOS), links, LINKS) : "";
        rate(database + " tasks().create for the links" + capped, tasks, "tasks", taskNanos, "");
        rate(database + " links().link, " + LINKS_PER_TASK + " per task" + capped, links, "links", linkNanos, "");
    }

    private void query(String label, OpsTracker ops, String query, PageRequest first100) {
        Page<Component> page = ops.infrastructure().search(query, first100);
        long start = System.nanoTime();
        for (int i = 0; i < QUERY_WARMUP && System.nanoTime() - start < QUERY_CAP_NANOS; i++) {
            ops.infrastructure().search(query, first100);
        }
        long[] nanos = new long[QUERY_RUNS];
        int runs = 0;
        start = System.nanoTime();
        while (runs < QUERY_RUNS && System.nanoTime() - start < QUERY_CAP_NANOS) {
            long before = System.nanoTime();
            ops.infrastructure().search(query, first100);
            nanos[runs++] = System.nanoTime() - before;
        }
        long[] measured = Arrays.copyOf(nanos, runs);
        Arrays.sort(measured);
        double median = measured[runs / 2] / 1e6;
        double p99 = measured[Math.max(0, (int) Math.ceil(runs * 0.99) - 1)] / 1e6;
        rows.add(String.format(Locale.ROOT, "%-105s %,6d runs%s: median %8.2f ms, p99 %8.2f ms (%d rows of %s%,d matching)",
                label, runs, runs < QUERY_RUNS ? String.format(Locale.ROOT, " (capped at %d s)", TimeUnit.NANOSECONDS.toSeconds(QUERY_CAP_NANOS)) : "",
                median, p99, page.items().size(), page.totalExact() ? "" : "at least ", page.total()));
    }

    private void rate(String label, int count, String unit, long nanos, String note) {
        double perSecond = count / Math.max(nanos / 1e9, 1e-9);
        rows.add(String.format(Locale.ROOT, "%-105s %,8d %s in %7.2f s = %,9.0f %s/s%s", label, count, unit, nanos / 1e9, perSecond, unit,
                note.isEmpty() ? "" : " (" + note + ")"));
    }
}
