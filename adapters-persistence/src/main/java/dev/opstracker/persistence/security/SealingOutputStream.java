package dev.opstracker.persistence.security;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/**
 * Seals what is written in chunks of a fixed size as it goes, so memory holds one chunk at most.
 * A full chunk is sealed only once more bytes arrive, so that the last one, sealed by {@link #close()},
 * can be flagged as last. {@link #flush()} flushes what is sealed so far, not a partial chunk.
 */
final class SealingOutputStream extends OutputStream {

    private final OutputStream out;
    private final ChunkCipher cipher;
    private final byte[] chunk;
    private int filled;
    private boolean closed;

    SealingOutputStream(OutputStream out, ChunkCipher cipher, int chunkSize) {
        this.out = out;
        this.cipher = cipher;
        this.chunk = new byte[chunkSize];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("the sealed stream is closed");
        }
        int position = offset;
        int remaining = length;
        while (remaining > 0) {
            if (filled == chunk.length) {
                seal(false);
            }
            int taken = Math.min(remaining, chunk.length - filled);
            System.arraycopy(bytes, position, chunk, filled, taken);
            filled += taken;
            position += taken;
            remaining -= taken;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Seals the last chunk (possibly empty) and closes the stream beneath. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            seal(true);
        }
    }

    private void seal(boolean last) throws IOException {
        try {
            out.write(cipher.seal(chunk, filled, last));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("AES-GCM sealing failed", failure);
        }
        filled = 0;
    }
}
