package dev.opstracker.bootstrap.backup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a backup holds, written as {@value #NAME}, the archive's last entry: the format, the OpsTracker
 * that wrote it, the schema version of the database, when, which database it was, and each entry's
 * size and SHA-256.
 *
 * @param database      {@code h2} when the embedded database is inside; {@code mariadb} when the
 *                      database was external and is not
 * @param schemaVersion the newest migration applied to the database; null for a database never migrated
 */
public record BackupManifest(int format, String opstrackerVersion, Instant createdAt, String database, String schemaVersion,
        List<Entry> entries) {

    /** The manifest's name in the archive. */
    public static final String NAME = "manifest.json";
    /** The archive format this code writes and reads. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BackupManifest {
        requireNonNull(opstrackerVersion, "opstrackerVersion is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(database, "database is null");
        entries = List.copyOf(entries);
    }

    /** One file in the archive. */
    public record Entry(String name, long size, String sha256) {

        public Entry {
            requireNonNull(name, "name is null");
            requireNonNull(sha256, "sha256 is null");
        }
    }

    /** Whether the embedded database is in the backup (it is not when the database was MariaDB). */
    public boolean holdsDatabase() {
        return entry(BackupEntries.DATABASE).isPresent();
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode()
                .put("format", format)
                .put("opstrackerVersion", opstrackerVersion)
                .put("createdAt", createdAt.toString())
                .put("database", database)
                .put("schemaVersion", schemaVersion);
        ArrayNode list = root.putArray("entries");
        entries.forEach(entry -> list.addObject().put("name", entry.name()).put("size", entry.size()).put("sha256", entry.sha256()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always writes", impossible);
        }
    }

    /** Reads a manifest; a malformed one is a {@link BackupException} naming what is wrong. */
    static BackupManifest fromJson(byte[] json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode entry : required(root, "entries")) {
                entries.add(new Entry(required(entry, "name").asText(), required(entry, "size").asLong(), required(entry, "sha256").asText()));
            }
            JsonNode schema = root.get("schemaVersion");
            return new BackupManifest(required(root, "format").asInt(), required(root, "opstrackerVersion").asText(),
                    Instant.parse(required(root, "createdAt").asText()), required(root, "database").asText(),
                    schema == null || schema.isNull() ? null : schema.asText(), entries);
        } catch (IOException | DateTimeParseException malformed) {
            throw new BackupException("the backup's manifest is malformed: " + malformed.getMessage(), malformed);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new BackupException("the backup's manifest lacks \"%s\"".formatted(field));
        }
        return value;
    }
}
