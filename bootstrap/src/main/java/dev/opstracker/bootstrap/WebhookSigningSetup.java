package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import dev.opstracker.http.security.WebhookSigning;
import dev.opstracker.http.security.WebhookSigningFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads which alert sources sign their webhooks from {@value #ENVIRONMENT_VARIABLE} and from an owner-only file,
 * never from a command-line argument, which every user on the host can read in the process list.
 * The format is {@link WebhookSigningFormat}'s; a source may be configured in one place only.
 */
final class WebhookSigningSetup {

    static final String ENVIRONMENT_VARIABLE = "OPSTRACKER_WEBHOOK_SIGNING";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSigningSetup.class);

    private WebhookSigningSetup() {
    }

    /**
     * @param environmentText the value of {@value #ENVIRONMENT_VARIABLE}, or null
     * @param file            a file in the same format, or null
     * @throws IllegalArgumentException naming the place, entry and source of a problem, never a secret
     */
    static WebhookSigning load(String environmentText, Path file) {
        WebhookSigning signing = WebhookSigningFormat.parse(ENVIRONMENT_VARIABLE, environmentText);
        if (file != null) {
            signing = signing.plus(WebhookSigningFormat.parse("webhook signing file " + file, read(file)));
        }
        if (!signing.sources().isEmpty()) {
            LOG.info("Webhooks may authenticate by signature: {}", signing);
        }
        return signing;
    }

    private static String read(Path file) {
        try {
            return OwnerOnlyFiles.readSecret(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the webhook signing file " + file, failure);
        }
    }
}
