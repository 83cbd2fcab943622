package dev.opstracker.http.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.shared.JsonBodies;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Recording a run from its report: a JSON body with the outputs in base64 for small runs, or a
 * multipart form with a {@code meta} JSON part and {@code stdout} and {@code stderr} parts for large
 * ones. Multipart parts beyond a small size wait in temporary files, never in memory, and are read
 * from there as streams into the sealed store.
 */
final class CommandUploads {

    /** The meta part describes a run; its outputs come in parts of their own. */
    private static final int MAX_META_BYTES = 256 * 1024;

    private final CommandCapture commands;
    private final ObjectMapper mapper;
    private final JsonBodies bodies;

    CommandUploads(CommandCapture commands, ObjectMapper mapper) {
        this.commands = commands;
        this.mapper = mapper;
        this.bodies = new JsonBodies(mapper);
    }

    void record(Context ctx) throws IOException {
        TaskId task = TaskId.parse(ctx.pathParam("id"));
        // Before the body is read: past the critical level an upload is not spooled to disk only to be refused.
        commands.requireRoom();
        CommandRun run = ctx.isMultipartFormData() ? fromForm(ctx, task) : fromJson(ctx, task);
        CommandRoutes.created(ctx, run);
    }

    private CommandRun fromJson(Context ctx, TaskId task) throws IOException {
        RecordCommandRequest request = bodies.read(ctx, RecordCommandRequest.class);
        return commands.record(task, request.toCommand(), decoded("stdoutBase64", request.stdoutBase64()),
                decoded("stderrBase64", request.stderrBase64()));
    }

    private CommandRun fromForm(Context ctx, TaskId task) throws IOException {
        RecordCommandRequest request = mapper.readValue(meta(ctx), RecordCommandRequest.class);
        if (request.stdoutBase64() != null || request.stderrBase64() != null) {
            throw new DomainException.InvalidInput("meta.stdoutBase64", "(present)", "in a multipart form the outputs are the stdout and stderr parts");
        }
        return commands.record(task, request.toCommand(), part(ctx, "stdout"), part(ctx, "stderr"));
    }

    /** The {@code meta} part, sent as a plain field or as a file part. */
    private static String meta(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("meta");
        if (file != null) {
            try (InputStream content = file.content()) {
                byte[] meta = content.readNBytes(MAX_META_BYTES + 1);
                if (meta.length > MAX_META_BYTES) {
                    throw new DomainException.InvalidInput("meta", "(over %,d bytes)".formatted(MAX_META_BYTES), "the meta part is a short JSON description");
                }
                return new String(meta, StandardCharsets.UTF_8);
            }
        }
        String field = ctx.formParam("meta");
        if (field == null || field.isBlank()) {
            throw new DomainException.InvalidInput("meta", null, "a multipart command run needs a meta part holding its JSON description");
        }
        return field;
    }

    private static InputStream part(Context ctx, String name) throws IOException {
        UploadedFile file = ctx.uploadedFile(name);
        if (file != null) {
            return file.content();
        }
        String field = ctx.formParam(name);
        return field == null ? InputStream.nullInputStream() : new ByteArrayInputStream(field.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream decoded(String field, String base64) {
        if (base64 == null) {
            return InputStream.nullInputStream();
        }
        try {
            return new ByteArrayInputStream(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            throw new DomainException.InvalidInput(field, "(" + base64.length() + " characters)", "expected standard base64: " + notBase64.getMessage());
        }
    }
}
