package dev.opstracker.application.command;

import dev.opstracker.domain.security.Cipher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a stored output back as the exact bytes that were kept, a few chunks at a time: each chunk
 * is opened (authenticated) as it is reached, then the whole is inflated. A chunk that fails to
 * open, a missing chunk, an output that stops before its last chunk or goes on after it, fails the
 * read with {@link Cipher.TamperedDataException}; no unauthenticated byte is ever returned.
 */
final class SealedOutputReader {

    private SealedOutputReader() {
    }

    static InputStream open(OutputChunks chunks) {
        return new InflaterInputStream(new SequenceInputStream(new Chunks(chunks)), new Inflater(), 64 * 1024) {
            @Override
            public void close() throws IOException {
                super.close();
                inf.end();
            }
        };
    }

    /** The opened chunks in order, read from the store {@link OutputChunks#READ_AHEAD} at a time. */
    private static final class Chunks implements Enumeration<InputStream> {
        private final OutputChunks chunks;
        private final Deque<byte[]> fetched = new ArrayDeque<>();
        private int nextSequence;
        private boolean sawLast;

        Chunks(OutputChunks chunks) {
            this.chunks = chunks;
        }

        @Override
        public boolean hasMoreElements() {
            if (!fetched.isEmpty()) {
                return true;
            }
            fetched.addAll(chunks.read(nextSequence));
            if (sawLast) {
                if (!fetched.isEmpty()) {
                    throw new Cipher.TamperedDataException(chunks.describe() + " goes on after its last chunk");
                }
                return false;
            }
            if (fetched.isEmpty()) {
                throw new Cipher.TamperedDataException("%s stops at chunk %d, before its last chunk".formatted(chunks.describe(), nextSequence));
            }
            return true;
        }

        @Override
        public InputStream nextElement() {
            if (!hasMoreElements()) {
                throw new NoSuchElementException();
            }
            byte[] plain = chunks.open(nextSequence, fetched.removeFirst());
            nextSequence++;
            if (plain.length == 0 || plain[0] != OutputChunks.MORE && plain[0] != OutputChunks.LAST) {
                throw new Cipher.TamperedDataException("chunk %d of %s is not an output chunk".formatted(nextSequence - 1, chunks.describe()));
            }
            sawLast = plain[0] == OutputChunks.LAST;
            return new ByteArrayInputStream(plain, 1, plain.length - 1);
        }
    }
}
