package dev.opstracker.application.command;

import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
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

    static InputStream open(OutputStore store, Cipher cipher, DataKey key, CommandRunId run, OutputChannel channel) {
        return new InflaterInputStream(new SequenceInputStream(new Chunks(store, cipher, key, run, channel)), new Inflater(), 64 * 1024) {
            @Override
            public void close() throws IOException {
                super.close();
                inf.end();
            }
        };
    }

    /** The opened chunks in order, read from the store {@link OutputChunks#READ_AHEAD} at a time. */
    private static final class Chunks implements Enumeration<InputStream> {
        private final OutputStore store;
        private final Cipher cipher;
        private final DataKey key;
        private final CommandRunId run;
        private final OutputChannel channel;
        private final Deque<byte[]> fetched = new ArrayDeque<>();
        private int nextSequence;
        private boolean sawLast;

        Chunks(OutputStore store, Cipher cipher, DataKey key, CommandRunId run, OutputChannel channel) {
            this.store = store;
            this.cipher = cipher;
            this.key = key;
            this.run = run;
            this.channel = channel;
        }

        @Override
        public boolean hasMoreElements() {
            if (!fetched.isEmpty()) {
                return true;
            }
            fetched.addAll(store.read(run, channel, nextSequence, OutputChunks.READ_AHEAD));
            if (sawLast) {
                if (!fetched.isEmpty()) {
                    throw new Cipher.TamperedDataException("the %s of command run %s goes on after its last chunk".formatted(channel.wireName(), run));
                }
                return false;
            }
            if (fetched.isEmpty()) {
                throw new Cipher.TamperedDataException("the %s of command run %s stops at chunk %d, before its last chunk"
                        .formatted(channel.wireName(), run, nextSequence));
            }
            return true;
        }

        @Override
        public InputStream nextElement() {
            if (!hasMoreElements()) {
                throw new NoSuchElementException();
            }
            byte[] plain = cipher.open(key, fetched.removeFirst(), OutputChunks.associatedData(run, channel, nextSequence));
            nextSequence++;
            if (plain.length == 0 || plain[0] != OutputChunks.MORE && plain[0] != OutputChunks.LAST) {
                throw new Cipher.TamperedDataException("chunk %d of the %s of command run %s is not an output chunk".formatted(nextSequence - 1,
                        channel.wireName(), run));
            }
            sawLast = plain[0] == OutputChunks.LAST;
            return new ByteArrayInputStream(plain, 1, plain.length - 1);
        }
    }
}
