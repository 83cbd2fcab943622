package dev.opstracker.bootstrap.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Log-like output for the benchmarks: varied lines of a service log, as much as asked, made as it is read. */
final class LogLines extends InputStream {

    private final long size;
    private long produced;
    private byte[] line = new byte[0];
    private int position;
    private int lineNumber;

    LogLines(long size) {
        this.size = size;
    }

    /** The first {@code size} bytes, in memory. */
    static byte[] bytes(int size) {
        byte[] all = new byte[size];
        LogLines lines = new LogLines(size);
        int filled = 0;
        for (int read; filled < size && (read = lines.read(all, filled, size - filled)) > 0; ) {
            filled += read;
        }
        return Arrays.copyOf(all, filled);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (produced >= size) {
            return -1;
        }
        int count = 0;
        while (count < length && produced < size) {
            if (position == line.length) {
                lineNumber++;
                // Concatenation, not String.format: a 100 MB log is over a million lines, and formatting them took longer than storing them.
                line = ("2026-11-25T10:" + two(lineNumber / 60_000 % 60) + ":" + two(lineNumber / 1000 % 60) + "." + lineNumber % 1000
                        + "Z INFO  [worker-" + lineNumber % 17 + "] job " + lineNumber + " done in " + lineNumber * 7 % 901 + " ms, queue depth "
                        + lineNumber * 13 % 97 + "\n").getBytes(StandardCharsets.US_ASCII);
                position = 0;
            }
            int taken = (int) Math.min(Math.min(length - count, line.length - position), size - produced);
            System.arraycopy(line, position, buffer, offset + count, taken);
            position += taken;
            count += taken;
            produced += taken;
        }
        return count;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
