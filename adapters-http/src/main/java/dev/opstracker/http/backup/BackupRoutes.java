package dev.opstracker.http.backup;

import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.backup.BackupService;
import dev.opstracker.application.backup.TakenBackup;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * {@code POST /api/v1/admin/backup} ({@code admin}) {@code {"passphrase": "..."}}: 200 with the encrypted backup of the
 * running server as {@code application/octet-stream}, an attachment named {@code opstracker-<UTC time>.backup}, never
 * cached. The backup is written whole to a temporary file before the status is sent, so a failure is a problem
 * answer rather than a cut-off body; the file is deleted once sent. 400 naming {@code passphrase} when it is missing or
 * shorter than 12 characters (its value is never echoed), 409 (reason {@code backup-running}) while another backup is
 * taken or sent, 507 when the data directory's volume, where the file is written, is past the critical level.
 * Public only so that the server in the parent package can mount it.
 */
public final class BackupRoutes {

    static final String PATH = "/api/v1/admin/backup";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final BackupService backups;
    private final JsonBodies bodies;

    public BackupRoutes(BackupService backups, ObjectMapper mapper) {
        this.backups = requireNonNull(backups, "backups is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the route; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        post(PATH, this::backUp, RequiredScope.ADMIN);
    }

    private void backUp(Context ctx) throws JsonProcessingException, IOException {
        char[] passphrase = bodies.read(ctx, BackupRequest.class).passphraseCharacters();
        try (TakenBackup backup = backups.take(BearerAuth.actor(ctx), passphrase)) {
            // Encrypted bytes do not compress, and a compressed body would not have the length announced.
            ctx.disableCompression();
            ctx.contentType("application/octet-stream")
                    .header(Header.CONTENT_DISPOSITION, "attachment; filename=\"%s\"".formatted(fileName(backup)))
                    .header(Header.CACHE_CONTROL, "no-store")
                    .header(Header.CONTENT_LENGTH, Long.toString(backup.bytes()));
            try (InputStream in = backup.open()) {
                in.transferTo(ctx.outputStream());
            }
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The name the CLI's examples give a backup, with the instant it was started at. */
    static String fileName(TakenBackup backup) {
        return "opstracker-%s.backup".formatted(FILE_TIME.format(backup.takenAt()));
    }
}
