package dev.opstracker.application.command;

import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The stored form of an output: its bytes deflated, cut into chunks of at most {@link #CHUNK_BYTES}
 * compressed bytes, each sealed with associated data naming its run, channel and place, so a chunk
 * moved to another run, channel or place fails to open. Inside the seal, each chunk's first byte
 * says whether more chunks follow, so an output cut short, or given an extra chunk, is caught too.
 */
record OutputChunks(OutputStore store, Cipher cipher, DataKey key, CommandRunId run, OutputChannel channel) {

    /** Small enough for a VARBINARY row on MariaDB, large enough that a 10 MB output takes few statements. */
    static final int CHUNK_BYTES = 32 * 1024;
    static final byte MORE = 0;
    static final byte LAST = 1;
    /** Chunks read per statement when an output is read back. */
    static final int READ_AHEAD = 8;

    /** Seals chunk {@code sequence} (its flag byte first) and stores it. */
    void put(int sequence, byte flag, byte[] compressed) {
        byte[] plain = new byte[compressed.length + 1];
        plain[0] = flag;
        System.arraycopy(compressed, 0, plain, 1, compressed.length);
        store.put(run, channel, sequence, cipher.seal(key, plain, associatedData(sequence)));
    }

    /** Up to {@link #READ_AHEAD} stored chunks from {@code from} on, still sealed. */
    List<byte[]> read(int from) {
        return store.read(run, channel, from, READ_AHEAD);
    }

    /** Opens chunk {@code sequence}: its flag byte, then its compressed bytes. */
    byte[] open(int sequence, byte[] sealed) {
        return cipher.open(key, sealed, associatedData(sequence));
    }

    /** Names what is wrong with this output, for an integrity error. */
    String describe() {
        return "the %s of command run %s".formatted(channel.wireName(), run);
    }

    private byte[] associatedData(int sequence) {
        return ("opstracker/output/v1|" + run.value() + "|" + channel.wireName() + "|" + sequence).getBytes(StandardCharsets.US_ASCII);
    }
}
