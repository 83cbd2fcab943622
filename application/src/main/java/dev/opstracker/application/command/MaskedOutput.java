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
 * line end (or, in a line too long for one, at a space) where masking the text on either side
 * alone gives what masking both together gives: not between {@code password:} and a value on the
 * next line, nor inside {@code Bearer <token>}. A private key block still open at its end waits for
 * the next one, so a secret is masked whole wherever the reads split it.
 */
public final class MaskedOutput extends InputStream {

    static final int WINDOW = 64 * 1024;
    /** How much unmasked text may wait for the rest of its line or key block. */
    static final int MAX_CARRY = 64 * 1024;
    /** How much text either side of a candidate end is masked to see whether a secret lies across it. */
    static final int CONTEXT = 4 * 1024;
    /** Candidate ends tried, of each kind, before a window ends inside a word. */
    private static final int MAX_CANDIDATES = 32;
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
        int cut = ended ? text.length() : cutPoint(text, masker);
        ready = masker.mask(text.substring(0, cut)).getBytes(StandardCharsets.ISO_8859_1);
        carry = text.substring(cut);
        position = 0;
    }

    /**
     * Where a window may end: the last line end that leaves {@link #CONTEXT} characters after it to
     * judge by and that no secret lies across, before an open private key block; in a line longer than
     * {@link #MAX_CARRY}, the last such space or tab; else {@code MAX_CARRY} characters from the end.
     * 0 means all of it waits for more.
     */
    static int cutPoint(String text, SecretMasker masker) {
        int latest = text.length() - CONTEXT;
        int openBlock = text.lastIndexOf(KEY_BLOCK);
        if (openBlock >= 0 && text.indexOf("-----END", openBlock) < 0 && text.length() - openBlock <= MAX_CARRY) {
            latest = Math.min(latest, openBlock);
        }
        int earliest = text.length() - MAX_CARRY;
        int lineEnd = lastSeparable(text, "\n", latest, earliest, masker);
        if (lineEnd > 0) {
            return lineEnd;
        }
        if (earliest <= 0) {
            return 0;
        }
        int space = lastSeparable(text, " \t", latest, earliest, masker);
        return space > 0 ? space : earliest;
    }

    /** The last position in [{@code earliest}, {@code latest}] just after one of {@code separators} that no secret lies across; -1 if none. */
    private static int lastSeparable(String text, String separators, int latest, int earliest, SecretMasker masker) {
        int tried = 0;
        for (int cut = Math.min(latest, text.length()); cut >= Math.max(earliest, 1) && tried < MAX_CANDIDATES; cut--) {
            if (separators.indexOf(text.charAt(cut - 1)) >= 0) {
                tried++;
                if (separable(text, cut, masker)) {
                    return cut;
                }
            }
        }
        return -1;
    }

    /** Whether masking the text before and after {@code cut} apart gives what masking it together gives, around the cut. */
    private static boolean separable(String text, int cut, SecretMasker masker) {
        String before = text.substring(Math.max(0, cut - CONTEXT), cut);
        String after = text.substring(cut, Math.min(text.length(), cut + CONTEXT));
        return (masker.mask(before) + masker.mask(after)).equals(masker.mask(before + after));
    }

    @Override
    public void close() throws IOException {
        exact.close();
    }
}
