package dev.opstracker.http.command;

import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.security.Cipher;
import io.javalin.http.Context;
import io.javalin.http.GoneResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.InternalServerErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one output: exactly as kept to a raw reader (with single byte ranges), masked to anyone
 * else (whole, since masking changes lengths). The first bytes are read before the status is sent,
 * so a destroyed key (410) or a chunk failing its integrity check (500) is answered as such; a
 * later chunk failing cuts the response short rather than send an unchecked byte.
 */
final class OutputResponses {

    private static final Logger LOG = LoggerFactory.getLogger(OutputResponses.class);
    private static final int BUFFER = 64 * 1024;

    private OutputResponses() {
    }

    static void send(Context ctx, CommandCapture commands, CommandRunId id, OutputChannel channel) throws IOException {
        CommandRun run = commands.get(id);
        boolean raw = CommandRoutes.mayReadRaw(ctx);
        long length = run.output(channel).keptBytes();
        Optional<ByteRange> range;
        try {
            range = raw ? ByteRange.parse(ctx.header("Range"), length) : Optional.empty();
        } catch (ByteRange.Unsatisfiable unsatisfiable) {
            ctx.status(HttpStatus.RANGE_NOT_SATISFIABLE).header("Content-Range", "bytes */" + length);
            return;
        }
        try (InputStream output = raw ? commands.openOutput(id, channel) : commands.openMaskedOutput(id, channel)) {
            long first = range.map(ByteRange::first).orElse(0L);
            long count = range.map(ByteRange::length).orElse(raw ? length : Long.MAX_VALUE);
            byte[] buffer = new byte[BUFFER];
            int head;
            try {
                output.skipNBytes(first);
                head = output.readNBytes(buffer, 0, (int) Math.min(buffer.length, count));
            } catch (Cipher.KeyUnavailableException shredded) {
                throw new GoneResponse("the %s of command run %s can no longer be read: its master key was destroyed".formatted(channel.wireName(), id));
            } catch (Cipher.TamperedDataException tampered) {
                LOG.error("The {} of command run {} failed its integrity check", channel.wireName(), id);
                throw new InternalServerErrorResponse("the stored %s of command run %s failed its integrity check: %s"
                        .formatted(channel.wireName(), id, tampered.getMessage()));
            }
            ctx.contentType("application/octet-stream");
            // Sent as stored: a compressed body would not have the length announced, nor the bytes a range names.
            ctx.disableCompression();
            ctx.header("Accept-Ranges", raw ? "bytes" : "none");
            ctx.header("X-Opstracker-Output", raw ? "raw" : "masked");
            if (range.isPresent()) {
                ctx.status(HttpStatus.PARTIAL_CONTENT).header("Content-Range", "bytes %d-%d/%d".formatted(first, range.get().last(), length));
            }
            if (raw) {
                ctx.header("Content-Length", Long.toString(count));
            }
            copy(ctx, output, buffer, head, count, id, channel);
        }
    }

    private static void copy(Context ctx, InputStream output, byte[] buffer, int head, long count, CommandRunId id, OutputChannel channel)
            throws IOException {
        OutputStream body = ctx.outputStream();
        body.write(buffer, 0, head);
        long left = count - head;
        try {
            while (left > 0) {
                int read = output.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                body.write(buffer, 0, read);
                left -= read;
            }
        } catch (Cipher.TamperedDataException tampered) {
            LOG.error("The {} of command run {} failed its integrity check part way; the response was cut short", channel.wireName(), id);
            throw new IOException("integrity check failed part way", tampered);
        }
    }
}
