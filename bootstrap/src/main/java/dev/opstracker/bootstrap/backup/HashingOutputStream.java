package dev.opstracker.bootstrap.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes on while counting them and taking their SHA-256; closing it leaves the stream beneath open. */
final class HashingOutputStream extends FilterOutputStream {

    static final long REPORT_EVERY = 16L * 1024 * 1024;

    private final String entry;
    private final BackupProgress progress;
    private final MessageDigest digest;
    private long count;
    private long reported;

    HashingOutputStream(OutputStream out, String entry, BackupProgress progress) {
        super(out);
        this.entry = entry;
        this.progress = progress;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        count += length;
        if (count - reported >= REPORT_EVERY) {
            reported = count;
            progress.progressed(entry, count, false);
        }
    }

    /** The entry as written: its name, size and SHA-256 in hex; reports it complete. */
    BackupManifest.Entry finish() {
        progress.progressed(entry, count, true);
        return new BackupManifest.Entry(entry, count, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
