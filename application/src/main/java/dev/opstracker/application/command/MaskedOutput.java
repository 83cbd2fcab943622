package dev.opstracker.application.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.SecretMasker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The masked rendering of an output, for every reader without the right to raw bytes: the bytes
 * are read as ISO-8859-1 (one character per byte, so whatever is not a secret passes through
 * unchanged, binary included), masked a window at a time, and written back. A window ends at a
 * line end (or, in a line too long for one, at a space), and a private key block still open at
 * its end waits for the next one, so a secret is masked whole wherever the reads split it.
 */
public final class MaskedOutput extends InputStream {

    static final int WINDOW = 64 * 1024;
    /** How much unmasked text may wait for the rest of its line or key block. */
    static final int MAX_CARRY = 64 * 1024;
    private static final String KEY_BLOCK = "-----BEGIN";

    private final InputStream exact;
    private final SecretMasker masker;
    private String carry = "";
    private byte[] ready = new byte[0];
    private int position;
    private boolean ended;

    public MaskedOutput(InputStream exact, SecretMasker masker) {
        this.exact = requireNonNull(exact, "exact is null");
        this.masker = requireNonNull(masker, "masker is null");
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (position == ready.length) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int count = Math.min(length, ready.length - position);
        System.arraycopy(ready, position, buffer, offset, count);
        position += count;
        return count;
    }

    private void fill() throws IOException {
        byte[] next = exact.readNBytes(WINDOW);
        String text = carry + new String(next, StandardCharsets.ISO_8859_1);
        ended = next.length < WINDOW;
        int cut = ended ? text.length() : cutPoint(text);
        ready = masker.mask(text.substring(0, cut)).getBytes(StandardCharsets.ISO_8859_1);
        carry = text.substring(cut);
        position = 0;
    }

    /** Where a window may end without splitting a line, a word, or an open private key block. */
    static int cutPoint(String text) {
        int lineEnd = text.lastIndexOf('\n') + 1;
        int openBlock = text.lastIndexOf(KEY_BLOCK);
        if (openBlock >= 0 && text.indexOf("-----END", openBlock) < 0 && text.length() - openBlock <= MAX_CARRY) {
            lineEnd = Math.min(lineEnd, text.lastIndexOf('\n', openBlock) + 1);
        }
        if (text.length() - lineEnd <= MAX_CARRY) {
            return lineEnd;
        }
        int space = Math.max(text.lastIndexOf(' ', text.length() - 1), text.lastIndexOf('\t', text.length() - 1)) + 1;
        return text.length() - space <= MAX_CARRY ? space : text.length() - MAX_CARRY;
    }

    @Override
    public void close() throws IOException {
        exact.close();
    }
}
