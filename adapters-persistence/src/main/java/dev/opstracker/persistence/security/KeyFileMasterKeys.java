package dev.opstracker.persistence.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.Cipher.KeyUnavailableException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Master keys kept in a password-protected BCFKS keystore file, one secret-key entry per version
 * ({@code <name>#<version>}), plus a tombstone entry ({@code <name>#destroyed}) for each destroyed
 * name. The file is created, empty and owner-only, when the first instance opens it; keys are added
 * as they are first needed.
 *
 * <p>The password is the caller's to keep (an environment variable, or a generated one stored
 * beside the file): it is copied here and never logged. One process writes a key file: instances in
 * two processes on the same file do not see each other's changes.
 *
 * <p>Destroying a name erases its entries from the file; copies of the file in backups or file-system
 * snapshots are beyond its reach. Safe for concurrent use: reads of a key once unlocked take no lock.
 */
public final class KeyFileMasterKeys implements MasterKeys {

    /** The key file's name in the data directory. */
    public static final String FILE_NAME = "master-keys.bcfks";

    private static final Logger LOG = LoggerFactory.getLogger(KeyFileMasterKeys.class);
    /**
     * BCFKS stores only keys of algorithms it knows, so a tombstone is an AES key whose bytes are all
     * zero: it marks a name and protects nothing.
     */
    private static final SecretKey TOMBSTONE = new SecretKeySpec(new byte[32], BouncyCastle.AES);

    private final KeyStoreFile file;
    private final char[] password;
    /** Writers and first reads of an entry take it; each entry's PBKDF2 makes those the slow path. */
    private final ReentrantLock lock = new ReentrantLock();
    /** The keystore as last read or written; guarded by the lock. */
    private KeyStore store;
    private volatile KeyIndex index;
    /** Keys read from the store, by alias; filled and emptied under the lock only. */
    private final Map<String, MasterKey> unlocked = new ConcurrentHashMap<>();

    /**
     * Opens the key file, creating it (and its directory) when there is none.
     *
     * @throws IllegalStateException when the file exists but does not open with this password
     */
    public KeyFileMasterKeys(Path file, char[] password) {
        requireNonNull(file, "file is null");
        requireNonNull(password, "password is null");
        if (password.length == 0) {
            throw new IllegalArgumentException("the master key file password is empty");
        }
        this.password = password.clone();
        this.file = new KeyStoreFile(file, this.password);
        this.store = this.file.openOrCreate();
        this.index = indexOf(store);
    }

    /** The key file {@value #FILE_NAME} in {@code dataDirectory}. */
    public static KeyFileMasterKeys inDataDirectory(Path dataDirectory, char[] password) {
        requireNonNull(dataDirectory, "dataDirectory is null");
        return new KeyFileMasterKeys(dataDirectory.resolve(FILE_NAME), password);
    }

    @Override
    public MasterKey newest(String name) {
        KeyNames.check(name);
        KeyIndex current = index;
        if (current.isDestroyed(name)) {
            throw destroyed(name);
        }
        Optional<Integer> known = current.newest(name);
        if (known.isPresent()) {
            return version(name, known.get());
        }
        lock.lock();
        try {
            if (index.isDestroyed(name)) {
                throw destroyed(name);
            }
            return index.newest(name).isPresent() ? version(name, index.newest(name).get()) : add(name);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public MasterKey version(String name, int version) {
        KeyNames.check(name);
        KeyNames.checkVersion(name, version);
        String alias = KeyIndex.alias(name, version);
        MasterKey known = unlocked.get(alias);
        if (known != null) {
            return known;
        }
        lock.lock();
        try {
            if (index.isDestroyed(name)) {
                throw new KeyUnavailableException("master key %s version %d was destroyed".formatted(name, version));
            }
            return unlocked.computeIfAbsent(alias, missing -> read(name, version));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public MasterKey rotate(String name) {
        KeyNames.check(name);
        lock.lock();
        try {
            if (index.isDestroyed(name)) {
                throw destroyed(name);
            }
            return add(name);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void destroy(String name) {
        if (KeyNames.check(name).equals(KeyNames.DEFAULT)) {
            throw new IllegalArgumentException("the %s master key protects every record of no client and cannot be destroyed"
                    .formatted(KeyNames.DEFAULT));
        }
        lock.lock();
        try {
            if (index.isDestroyed(name)) {
                return;
            }
            KeyStore next = file.read();
            List<String> erased = Collections.list(next.aliases()).stream().filter(alias -> KeyIndex.belongsTo(alias, name)).toList();
            for (String alias : erased) {
                next.deleteEntry(alias);
            }
            next.setKeyEntry(KeyIndex.tombstone(name), TOMBSTONE, password, null);
            commit(next);
            unlocked.keySet().removeIf(alias -> KeyIndex.belongsTo(alias, name));
            LOG.info("Destroyed master key {}: {} version(s) erased from {}", name, erased.size(), file.path());
        } catch (KeyStoreException failure) {
            throw new IllegalStateException("cannot destroy master key %s in %s".formatted(name, file.path()), failure);
        } finally {
            lock.unlock();
        }
    }

    /** Adds the name's next version; called with the lock held, once the name is known not destroyed. */
    private MasterKey add(String name) {
        KeyStore next = file.read();
        int version = indexOf(next).newest(name).orElse(0) + 1;
        MasterKey key = new MasterKey(name, version, BouncyCastle.newAes256Key());
        String alias = KeyIndex.alias(name, version);
        try {
            next.setKeyEntry(alias, key.key(), password, null);
        } catch (KeyStoreException failure) {
            throw new IllegalStateException("cannot add master key %s version %d to %s".formatted(name, version, file.path()), failure);
        }
        commit(next);
        unlocked.put(alias, key);
        LOG.info("Created master key {} version {} in {}", name, version, file.path());
        return key;
    }

    /** Called with the lock held. */
    private MasterKey read(String name, int version) {
        String alias = KeyIndex.alias(name, version);
        try {
            if (!store.isKeyEntry(alias)) {
                throw new KeyUnavailableException("master key %s version %d is not in %s".formatted(name, version, file.path()));
            }
            Key key = store.getKey(alias, password);
            if (!(key instanceof SecretKey secret)) {
                throw new IllegalStateException("entry %s in %s is not a secret key".formatted(alias, file.path()));
            }
            return new MasterKey(name, version, secret);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot read master key %s version %d from %s".formatted(name, version, file.path()), failure);
        }
    }

    /**
     * Writes a changed copy of the store, read afresh from the file, and only then makes it the one
     * in use: when the write fails, memory still agrees with the file, and no data key is ever wrapped
     * under a master key the file lacks. Called with the lock held.
     */
    private void commit(KeyStore next) {
        file.write(next);
        store = next;
        index = indexOf(next);
    }

    private KeyIndex indexOf(KeyStore keys) {
        try {
            return KeyIndex.of(keys);
        } catch (KeyStoreException failure) {
            throw new IllegalStateException("cannot list the entries of master key file " + file.path(), failure);
        }
    }

    private static KeyUnavailableException destroyed(String name) {
        return new KeyUnavailableException("master key %s was destroyed".formatted(name));
    }

    @Override
    public String toString() {
        return "KeyFileMasterKeys[" + file.path() + "]";
    }
}
