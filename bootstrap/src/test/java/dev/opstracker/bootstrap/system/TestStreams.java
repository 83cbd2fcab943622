package dev.opstracker.bootstrap.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/** Output streams for checking what a command wrote without keeping it, and a source of large files. */
final class TestStreams {

    private static final int CHUNK_BYTES = 64 * 1024;

    private TestStreams() {
    }

    /** Writes {@code size} seeded pseudo-random bytes to {@code file} a chunk at a time; returns their SHA-256. */
    static byte[] writeRandomFile(Path file, int size) throws IOException {
        Digesting digest = new Digesting();
        Random random = new Random(size);
        byte[] chunk = new byte[CHUNK_BYTES];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                int length = Math.min(chunk.length, size - written);
                out.write(chunk, 0, length);
                digest.write(chunk, 0, length);
            }
        }
        return digest.digest();
    }

    /** Keeps only a SHA-256 of what passes through, its length and the largest single write. */
    static final class Digesting extends OutputStream {

        private final MessageDigest sha256;
        private long count;
        private int largestWrite;

        Digesting() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException everyJdkHasIt) {
                throw new IllegalStateException(everyJdkHasIt);
            }
        }

        @Override
        public void write(int value) {
            write(new byte[] {(byte) value}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            sha256.update(bytes, offset, length);
            count += length;
            largestWrite = Math.max(largestWrite, length);
        }

        long count() {
            return count;
        }

        int largestWrite() {
            return largestWrite;
        }

        byte[] digest() {
            return sha256.digest();
        }
    }

    /** Fails every write with the same exception, as a full disk or a closed connection would. */
    static final class Failing extends OutputStream {

        private final IOException failure;

        Failing(IOException failure) {
            this.failure = failure;
        }

        @Override
        public void write(int value) throws IOException {
            throw failure;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            throw failure;
        }
    }
}
