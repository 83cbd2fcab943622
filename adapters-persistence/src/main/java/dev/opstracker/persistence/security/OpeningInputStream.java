package dev.opstracker.persistence.security;

import dev.opstracker.persistence.security.SealedStreamException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.GeneralSecurityException;

/**
 * Opens a sealed stream chunk by chunk; no byte of a chunk is returned before the whole chunk has
 * authenticated. A chunk is the last when the file ends right after it; one that was not sealed as
 * last then fails, so a file cut at a chunk boundary is caught as well as one cut inside a chunk.
 */
final class OpeningInputStream extends InputStream {

    private final PushbackInputStream in;
    private final ChunkCipher cipher;
    private final int sealedChunkSize;
    private byte[] plain = new byte[0];
    private int position;
    private boolean ended;

    OpeningInputStream(InputStream in, ChunkCipher cipher, int chunkSize) {
        this.in = new PushbackInputStream(in, 1);
        this.cipher = cipher;
        this.sealedChunkSize = chunkSize + ChunkCipher.TAG_BYTES;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == plain.length) {
            if (ended) {
                return -1;
            }
            openNextChunk();
        }
        int taken = Math.min(length, plain.length - position);
        System.arraycopy(plain, position, bytes, offset, taken);
        position += taken;
        return taken;
    }

    private void openNextChunk() throws IOException {
        byte[] sealed = in.readNBytes(sealedChunkSize);
        int next = in.read();
        boolean last = next < 0;
        if (!last) {
            in.unread(next);
        }
        long index = cipher.index();
        try {
            plain = cipher.open(sealed, sealed.length, last);
        } catch (GeneralSecurityException | IllegalArgumentException failure) {
            throw new SealedStreamException(Reason.DAMAGED,
                    "the file is damaged or cut short: chunk %d of %d bytes does not authenticate".formatted(index, sealedChunkSize), failure);
        }
        position = 0;
        ended = last;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
