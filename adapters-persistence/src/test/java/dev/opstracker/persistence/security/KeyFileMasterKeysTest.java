package dev.opstracker.persistence.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.Cipher.KeyUnavailableException;
import dev.opstracker.domain.security.DataKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file: created owner-only, written atomically, read back by a later process. Assumes POSIX. */
class KeyFileMasterKeysTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final byte[] AAD = "trk/v1|task|1|notes".getBytes(UTF_8);

    @TempDir
    Path dataDirectory;

    private KeyFileMasterKeys open() {
        return KeyFileMasterKeys.inDataDirectory(dataDirectory, PASSWORD.toCharArray());
    }

    private Path keyFile() {
        return dataDirectory.resolve(KeyFileMasterKeys.FILE_NAME);
    }

    @Test
    void theKeyFileIsCreatedOnFirstOpenReadableByItsOwnerOnly() throws Exception {
        open();

        assertThat(keyFile()).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void theKeyFileStaysOwnerOnlyAfterKeysAreWritten() throws Exception {
        KeyFileMasterKeys keys = open();
        keys.newest("default");
        keys.rotate("client:acme");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        try (var files = Files.list(dataDirectory)) {
            assertThat(files).containsExactly(keyFile());
        }
    }

    @Test
    void theKeyFileIsACompleteBcfksKeystoreWithAnEntryPerVersion() throws Exception {
        KeyFileMasterKeys keys = open();
        keys.newest("default");
        keys.newest("client:acme");
        keys.rotate("client:acme");

        KeyStore store = KeyStore.getInstance("BCFKS", BouncyCastle.PROVIDER);
        try (var in = Files.newInputStream(keyFile())) {
            store.load(in, PASSWORD.toCharArray());
        }
        assertThat(Collections.list(store.aliases())).containsExactlyInAnyOrder("default#1", "client:acme#1", "client:acme#2");
    }

    @Test
    void aNewInstanceOnTheSameFileOpensDataSealedByTheOldOne() {
        Cipher before = new BouncyCastleCipher(open());
        DataKey key = before.newDataKey("client:acme");
        byte[] sealed = before.seal(key, "kept across restarts".getBytes(UTF_8), AAD);

        KeyFileMasterKeys reopened = open();
        Cipher after = new BouncyCastleCipher(reopened);

        assertThat(after.open(after.unwrap(key.wrapped()), sealed, AAD)).isEqualTo("kept across restarts".getBytes(UTF_8));
        assertThat(reopened.newest("client:acme").version()).isEqualTo(1);
        assertThat(reopened.newest("client:acme").key().getEncoded()).isEqualTo(open().version("client:acme", 1).key().getEncoded());
    }

    @Test
    void rotationsAreKeptInTheFile() {
        KeyFileMasterKeys keys = open();
        keys.newest("default");
        assertThat(keys.rotate("default").version()).isEqualTo(2);
        assertThat(keys.rotate("default").version()).isEqualTo(3);

        assertThat(open().newest("default").version()).isEqualTo(3);
    }

    @Test
    void aWrongPasswordIsAClearErrorThatDoesNotQuoteIt() {
        open().newest("default");

        assertThatThrownBy(() -> KeyFileMasterKeys.inDataDirectory(dataDirectory, "hunter2".toCharArray()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open master key file " + keyFile().toAbsolutePath())
                .hasMessageContaining("wrong password")
                .message().doesNotContain("hunter2").doesNotContain(PASSWORD);
    }

    @Test
    void aDamagedKeyFileIsAClearError() throws Exception {
        open().newest("default");
        byte[] content = Files.readAllBytes(keyFile());
        content[content.length / 2] ^= 1;
        Files.write(keyFile(), content);

        assertThatThrownBy(this::open)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertThatThrownBy(() -> KeyFileMasterKeys.inDataDirectory(dataDirectory, new char[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password is empty");
    }

    @Test
    void aTemporaryFileLeftByACrashIsDeletedOnOpen() throws Exception {
        open();
        Path leftover = Files.writeString(dataDirectory.resolve(KeyFileMasterKeys.FILE_NAME + ".123.tmp"), "half a keystore");

        open();

        assertThat(leftover).doesNotExist();
        assertThat(keyFile()).exists();
    }

    @Test
    void aClientNeverUsedCanBeDestroyedAndIsThenNeverCreated() {
        KeyFileMasterKeys keys = open();

        keys.destroy("client:gone");
        keys.destroy("client:gone");

        assertThatThrownBy(() -> open().newest("client:gone")).isInstanceOf(KeyUnavailableException.class);
    }

    @Test
    void destroyingAClientErasesItsKeysFromTheFile() throws Exception {
        KeyFileMasterKeys keys = open();
        keys.newest("client:acme");
        keys.rotate("client:acme");
        keys.newest("client:acme-eu");

        keys.destroy("client:acme");

        KeyStore store = KeyStore.getInstance("BCFKS", BouncyCastle.PROVIDER);
        try (var in = Files.newInputStream(keyFile())) {
            store.load(in, PASSWORD.toCharArray());
        }
        assertThat(Collections.list(store.aliases())).containsExactlyInAnyOrder("client:acme#destroyed", "client:acme-eu#1");
        assertThat(keys.newest("client:acme-eu").version()).isEqualTo(1);
    }

    @Test
    void threadsAskingForANewNameAtOnceGetOneAndTheSameFirstVersion() throws Exception {
        KeyFileMasterKeys keys = open();
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<MasterKey>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return keys.newest("client:raced");
                }));
            }
            start.countDown();
            for (Future<MasterKey> result : results) {
                assertThat(result.get()).isSameAs(results.get(0).get());
            }
            assertThat(results.get(0).get().version()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
