package dev.opstracker.application.command;

import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import java.nio.charset.StandardCharsets;

/**
 * The stored form of an output: its bytes deflated, cut into chunks of at most {@link #CHUNK_BYTES}
 * compressed bytes, each sealed with associated data naming its run, channel and place, so a chunk
 * moved to another run, channel or place fails to open. Inside the seal, each chunk's first byte
 * says whether more chunks follow, so an output cut short, or given an extra chunk, is caught too.
 */
final class OutputChunks {

    /** Small enough for a VARBINARY row on MariaDB, large enough that a 10 MB output takes few statements. */
    static final int CHUNK_BYTES = 32 * 1024;
    static final byte MORE = 0;
    static final byte LAST = 1;
    /** Chunks read per statement when an output is read back. */
    static final int READ_AHEAD = 8;

    private OutputChunks() {
    }

    static byte[] associatedData(CommandRunId run, OutputChannel channel, int sequence) {
        return ("opstracker/output/v1|" + run.value() + "|" + channel.wireName() + "|" + sequence).getBytes(StandardCharsets.US_ASCII);
    }
}
