package dev.opstracker.bootstrap.bench;

import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.LinkRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a benchmark tree straight into a migrated schema with batched JDBC inserts, bypassing
 * the store, for the query benchmark on a database whose bulk upsert is too slow to seed 100,000
 * components in minutes. It fills each component row as the store would in the same transaction
 * (ids assigned in tree order, paths hashed as the store hashes them, the id_path of ids from the
 * root down, the own and the effective (inherited, own winning) tags as the store's canonical tag
 * text, and their Bloom filter), moves the store's next free id past them, and adds task links ({@link #seed}:
 * MariaDB only, for its {@code ANALYZE TABLE}). On H2 the component rows alone ({@link #components}) give
 * the floor under the store's bulk upsert.
 */
final class DirectSqlSeed {

    private static final int BATCH = 2_000;
    private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0));

    private DirectSqlSeed() {
    }

    /** Seeds {@code rows} (parents first, into empty tables) and {@code links} links over a seeded sample; ids are 1..rows.size(). */
    static void seed(String url, List<ComponentRow> rows, int links, int linksPerTask) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            components(connection, rows, BATCH);
            seedLinks(connection, rows, links, linksPerTask);
            try (Statement statement = connection.createStatement()) {
                // Fresh statistics, as a database filled over time would have.
                statement.execute("ANALYZE TABLE component, task_link");
            }
        }
    }

    /**
     * Only the component rows, committed every {@code batch} rows: what inserting the rows costs
     * the database itself, with nothing read, checked or locked, the floor under the store's bulk upsert.
     */
    static void components(String url, String user, String password, List<ComponentRow> rows, int batch) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            components(connection, rows, batch);
        }
    }

    private static void components(Connection connection, List<ComponentRow> rows, int batch) throws SQLException {
        Map<ComponentPath, Long> ids = new HashMap<>();
        Map<Long, String> idPaths = new HashMap<>();
        Map<Long, String> providers = new HashMap<>();
        Map<Long, Map<String, String>> effective = new HashMap<>();
        try (PreparedStatement component = connection.prepareStatement("INSERT INTO component (id, parent_id, kind, name, provider, external_id,"
                + " path, path_hash, depth, created_at, updated_at, version, id_path, own_tags, effective_tags, tag_bits)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")) {
            for (ComponentRow row : rows) {
                long id = ids.size() + 1L;
                ids.put(row.path(), id);
                Long parent = row.path().depth() == 1 ? null : ids.get(ComponentPath.parse(parentText(row.path())));
                String provider = row.provider() != null ? row.provider().name() : providers.get(parent);
                providers.put(id, provider);
                String idPath = (parent == null ? "/" : idPaths.get(parent)) + id + "/";
                idPaths.put(id, idPath);
                Map<String, String> tags = new TreeMap<>(parent == null ? Map.of() : effective.get(parent));
                tags.putAll(row.tags());
                effective.put(id, tags);
                component.setLong(1, id);
                component.setObject(2, parent);
                component.setString(3, row.kind().name());
                component.setString(4, row.path().name());
                component.setString(5, provider);
                component.setString(6, row.externalId());
                component.setString(7, row.path().toString());
                component.setString(8, sha256(row.path().toString()));
                component.setInt(9, row.path().depth());
                component.setTimestamp(10, NOW);
                component.setTimestamp(11, NOW);
                component.setString(12, idPath);
                component.setString(13, tagText(row.tags()));
                component.setString(14, tagText(tags));
                component.setLong(15, tagBits(tags));
                component.addBatch();
                if (id % batch == 0 || id == rows.size()) {
                    component.executeBatch();
                    connection.commit();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE component_id_block SET next_id = " + (rows.size() + 1L) + " WHERE id = 1");
            connection.commit();
        }
    }

    /** As the store's TagText.bits: a bit for each key and each key=value, from String.hashCode spread by a multiply. */
    private static long tagBits(Map<String, String> tags) {
        long bits = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            bits |= 1L << ((tag.getKey().hashCode() * 0x9E3779B9) >>> 26);
            bits |= 1L << (((tag.getKey() + "=" + tag.getValue()).hashCode() * 0x9E3779B9) >>> 26);
        }
        return bits;
    }

    /** As the store writes tags (its TagText): ';' then 'key=value;' in key order, '%' and ';' in values escaped. */
    private static String tagText(Map<String, String> tags) {
        StringBuilder text = new StringBuilder(";");
        new TreeMap<>(tags).forEach((key, value) -> text.append(key).append('=').append(value.replace("%", "%25").replace(";", "%3B")).append(';'));
        return text.toString();
    }

    /** Links spread like the benchmark's linking phase: tasks of {@code linksPerTask} links over a sample of 5,000 components. */
    private static void seedLinks(Connection connection, List<ComponentRow> rows, int links, int linksPerTask) throws SQLException {
        Random random = new Random(7);
        // Distinct targets, so that no task links one component twice in one role.
        Set<Integer> sample = new LinkedHashSet<>();
        while (sample.size() < Math.min(5_000, rows.size())) {
            sample.add(random.nextInt(rows.size()));
        }
        List<Integer> targets = new ArrayList<>(sample);
        LinkRole[] roles = LinkRole.values();
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT INTO task_link (task_id, component_id, path_at_link, role, linked_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int n = 0; n < links; n++) {
                int task = n / linksPerTask;
                // Distinct (component, role) per task: slot l of task t is role (t + l) mod 3 over consecutive sample slots.
                int target = targets.get((task * 131 + (n % linksPerTask) * 37) % targets.size());
                link.setLong(1, 1_000_000L + task);
                link.setLong(2, target + 1L);
                link.setString(3, rows.get(target).path().toString());
                link.setString(4, roles[(task + n % linksPerTask) % roles.length].name());
                link.setTimestamp(5, NOW);
                link.addBatch();
                if ((n + 1) % BATCH == 0 || n + 1 == links) {
                    link.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private static String parentText(ComponentPath path) {
        String text = path.toString();
        return text.substring(0, text.lastIndexOf('/'));
    }

    /** As the store keys paths: SHA-256 of the path text, in lower-case hex. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
