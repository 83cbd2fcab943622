package dev.opstracker.persistence.security;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a master key file holds, read from its entry aliases alone: the newest version of each name
 * and the names destroyed. Keystore aliases are {@code <name>#<version>} for keys and
 * {@code <name>#destroyed} for a tombstone.
 */
record KeyIndex(Map<String, Integer> newestVersions, Set<String> destroyed) {

    private static final Logger LOG = LoggerFactory.getLogger(KeyIndex.class);
    private static final char SEPARATOR = '#';
    private static final String TOMBSTONE = "destroyed";
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    KeyIndex {
        newestVersions = Map.copyOf(newestVersions);
        destroyed = Set.copyOf(destroyed);
    }

    static String alias(String name, int version) {
        return name + SEPARATOR + version;
    }

    static String tombstone(String name) {
        return name + SEPARATOR + TOMBSTONE;
    }

    /** Whether the alias belongs to {@code name}: one of its versions or its tombstone. */
    static boolean belongsTo(String alias, String name) {
        return alias.length() > name.length() && alias.startsWith(name) && alias.charAt(name.length()) == SEPARATOR;
    }

    static KeyIndex of(KeyStore store) throws KeyStoreException {
        Map<String, Integer> newest = new HashMap<>();
        Set<String> destroyed = new HashSet<>();
        for (String alias : Collections.list(store.aliases())) {
            int separator = alias.lastIndexOf(SEPARATOR);
            String name = separator < 0 ? "" : alias.substring(0, separator);
            String suffix = alias.substring(separator + 1);
            if (!KeyNames.isValid(name)) {
                LOG.warn("Ignoring keystore entry {}: not a master key of OpsTracker", alias);
            } else if (suffix.equals(TOMBSTONE)) {
                destroyed.add(name);
            } else if (VERSION.matcher(suffix).matches()) {
                newest.merge(name, Integer.parseInt(suffix), Math::max);
            } else {
                LOG.warn("Ignoring keystore entry {}: not a master key of OpsTracker", alias);
            }
        }
        // A tombstone wins over any version left beside it (a hand-edited file, say).
        newest.keySet().removeAll(destroyed);
        return new KeyIndex(newest, destroyed);
    }

    Optional<Integer> newest(String name) {
        return Optional.ofNullable(newestVersions.get(name));
    }

    boolean isDestroyed(String name) {
        return destroyed.contains(name);
    }
}
