package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.http.security.WebhookSigning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookSigningSetupTest {

    private static final String WHSEC = "whsec_1R/LWtfHgSU70NAxElnO56ThFDtrup5oxTe2rHgEP0k=";

    @TempDir
    Path directory;

    @Test
    void theEnvironmentAndAnOwnerOnlyFileTogetherConfigureTheSources() throws IOException {
        Path file = directory.resolve("signing");
        OwnerOnlyFiles.writeSecret(file, "grafana=grafana-hmac:topsecret\n");

        WebhookSigning signing = WebhookSigningSetup.load("events=standard-webhooks:" + WHSEC, file);

        assertThat(signing.sources()).containsOnlyKeys(AlertSource.EVENTS, AlertSource.GRAFANA);
    }

    @Test
    void neitherConfiguredMeansNoSourceSigns() {
        assertThat(WebhookSigningSetup.load(null, null).sources()).isEmpty();
    }

    @Test
    void aFileThatGroupOrOthersMayReadIsRefusedWithoutShowingItsContent() throws IOException {
        Path file = Files.writeString(directory.resolve("signing"), "grafana=grafana-hmac:topsecret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> WebhookSigningSetup.load(null, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("%s holds secrets but its permissions are rw-r--r--; make it readable by its owner only (chmod 600)", file)
                .message().doesNotContain("topsecret");
    }

    @Test
    void aFileThatGroupMayChangeIsRefusedToo() throws IOException {
        Path file = Files.writeString(directory.resolve("signing"), "grafana=grafana-hmac:topsecret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw--w----"));

        assertThatThrownBy(() -> WebhookSigningSetup.load(null, file)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        Path file = directory.resolve("absent");

        assertThatThrownBy(() -> WebhookSigningSetup.load(null, file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the webhook signing file " + file);
    }

    @Test
    void aProblemInTheFileNamesTheFileTheEntryAndTheSourceButNoSecret() throws IOException {
        Path file = directory.resolve("signing");
        OwnerOnlyFiles.writeSecret(file, "# ops\nevents=standard-webhooks:topsecret\n");

        assertThatThrownBy(() -> WebhookSigningSetup.load(null, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook signing file %s entry 2 (source events): secret 1: a Standard Webhooks secret starts with whsec_", file);
    }

    @Test
    void aProblemInTheEnvironmentNamesTheVariable() {
        assertThatThrownBy(() -> WebhookSigningSetup.load("grafana=grafana-hmac:", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OPSTRACKER_WEBHOOK_SIGNING entry 1 (source grafana): secret 1 is empty");
    }

    @Test
    void aSourceConfiguredInTheEnvironmentAndInTheFileIsRefused() throws IOException {
        Path file = directory.resolve("signing");
        OwnerOnlyFiles.writeSecret(file, "grafana=grafana-hmac:b\n");

        assertThatThrownBy(() -> WebhookSigningSetup.load("grafana=grafana-hmac:a", file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook signing for source grafana is configured twice");
    }
}
