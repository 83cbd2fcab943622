package dev.opstracker.domain.command;

import java.util.List;

/**
 * Where the sealed chunks of command outputs are kept, by run, channel and sequence number from 0.
 * The store never sees plaintext: chunks come compressed and sealed. Reads take a few chunks at a
 * time, so no output is ever held whole. Safe for concurrent use.
 */
public interface OutputStore {

    /** Stores one chunk; chunks of a channel are put in sequence order. */
    void put(CommandRunId run, OutputChannel channel, int sequence, byte[] sealedChunk);

    /** Up to {@code max} chunks from sequence {@code from} on, in order; fewer (or none) at the end. */
    List<byte[]> read(CommandRunId run, OutputChannel channel, int from, int max);

    /** Removes every chunk of a run, for a capture that failed before its run was stored. */
    void discard(CommandRunId run);
}
