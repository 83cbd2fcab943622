package dev.opstracker.application.command;

import dev.opstracker.domain.command.OutputSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Stores one output stream as it arrives: every byte goes into the size and SHA-256 of the whole;
 * the first {@code cap - tail} bytes, and at the end the last {@code tail} bytes, are deflated and
 * stored as sealed chunks ({@link OutputChunks}). Beyond the cap, the middle is dropped for an
 * explicit marker line, so memory holds at most one chunk and the tail however large the output.
 * The marker says why when the cap is not the usual one (storage nearly full).
 * {@link #close} stores what is pending and makes {@link #summary} available.
 */
final class SealedOutputWriter extends OutputStream {

    private final ChunkSink sink;
    private final DeflaterOutputStream deflating;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final MessageDigest digest;
    private final long headLimit;
    private final byte[] tail;
    /** Why the cap is what it is, shown in the marker; null for the usual cap. */
    private final String capReason;
    private long size;
    private OutputSummary summary;

    SealedOutputWriter(OutputChunks chunks, long cap) {
        this(chunks, cap, null);
    }

    SealedOutputWriter(OutputChunks chunks, long cap, String capReason) {
        this.capReason = capReason;
        this.sink = new ChunkSink(chunks);
        this.deflating = new DeflaterOutputStream(sink, deflater, 64 * 1024);
        this.digest = sha256();
        int tailBytes = (int) Math.min(cap / 2, 1024 * 1024);
        this.headLimit = cap - tailBytes;
        this.tail = new byte[tailBytes];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (summary != null) {
            throw new IOException("output already closed");
        }
        digest.update(bytes, offset, length);
        int toHead = (int) Math.max(0, Math.min(length, headLimit - size));
        if (toHead > 0) {
            deflating.write(bytes, offset, toHead);
        }
        for (int index = offset + toHead; index < offset + length; index++) {
            // A ring: the byte at output position p sits at p - headLimit modulo the tail's length.
            tail[(int) ((size + index - offset - headLimit) % tail.length)] = bytes[index];
        }
        size += length;
    }

    @Override
    public void close() throws IOException {
        if (summary != null) {
            return;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        long beyondHead = size - headLimit;
        boolean truncated = beyondHead > tail.length;
        long kept = size;
        if (beyondHead > 0) {
            int tailLength = (int) Math.min(beyondHead, tail.length);
            if (truncated) {
                byte[] marker = marker(beyondHead - tailLength, size, sha256, capReason);
                deflating.write(marker);
                kept = headLimit + marker.length + tailLength;
            }
            int start = (int) ((beyondHead - tailLength) % tail.length);
            byte[] ordered = new byte[tailLength];
            for (int index = 0; index < tailLength; index++) {
                ordered[index] = tail[(start + index) % tail.length];
            }
            deflating.write(ordered);
        }
        deflating.finish();
        deflater.end();
        sink.finish();
        summary = new OutputSummary(size, sha256, truncated, kept);
    }

    /** What was stored; null until {@link #close}. */
    OutputSummary summary() {
        return summary;
    }

    private static byte[] marker(long dropped, long size, String sha256, String capReason) {
        String why = capReason == null ? "" : " (" + capReason + ")";
        return String.format(Locale.ROOT, "%n[opstracker: %,d bytes cut here%s; the whole output was %,d bytes, sha256 %s]%n", dropped, why, size, sha256)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /** Collects compressed bytes into chunks; holds one full chunk back until it knows whether another follows. */
    private static final class ChunkSink extends OutputStream {
        private final OutputChunks chunks;
        private final byte[] buffer = new byte[OutputChunks.CHUNK_BYTES];
        private int filled;
        private byte[] held;
        private int sequence;

        ChunkSink(OutputChunks chunks) {
            this.chunks = chunks;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (filled == buffer.length) {
                    hold(Arrays.copyOf(buffer, filled));
                    filled = 0;
                }
                int taken = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        private void hold(byte[] chunk) {
            if (held != null) {
                put(held, OutputChunks.MORE);
            }
            held = chunk;
        }

        void finish() {
            hold(Arrays.copyOf(buffer, filled));
            put(held, OutputChunks.LAST);
            held = null;
        }

        private void put(byte[] compressed, byte flag) {
            chunks.put(sequence, flag, compressed);
            sequence++;
        }
    }
}
