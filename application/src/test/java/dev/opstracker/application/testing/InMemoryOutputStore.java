package dev.opstracker.application.testing;

import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** An {@link OutputStore} in memory, for tests; {@link #chunks} lets a test tamper with what is stored. */
public final class InMemoryOutputStore implements OutputStore {

    private final Map<String, ConcurrentSkipListMap<Integer, byte[]>> chunks = new ConcurrentHashMap<>();

    private static String key(CommandRunId run, OutputChannel channel) {
        return run.value() + "/" + channel.wireName();
    }

    @Override
    public void put(CommandRunId run, OutputChannel channel, int sequence, byte[] sealedChunk) {
        chunks.computeIfAbsent(key(run, channel), any -> new ConcurrentSkipListMap<>()).put(sequence, sealedChunk.clone());
    }

    @Override
    public List<byte[]> read(CommandRunId run, OutputChannel channel, int from, int max) {
        List<byte[]> found = new ArrayList<>();
        chunks.getOrDefault(key(run, channel), new ConcurrentSkipListMap<>()).tailMap(from).values().stream().limit(max)
                .forEach(chunk -> found.add(chunk.clone()));
        return found;
    }

    @Override
    public void discard(CommandRunId run) {
        for (OutputChannel channel : OutputChannel.values()) {
            chunks.remove(key(run, channel));
        }
    }

    /** The stored chunks of one output, by sequence number, to read or change behind the store's back. */
    public ConcurrentSkipListMap<Integer, byte[]> chunks(CommandRunId run, OutputChannel channel) {
        return chunks.computeIfAbsent(key(run, channel), any -> new ConcurrentSkipListMap<>());
    }
}
