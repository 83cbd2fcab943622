package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.security.WebhookSigningFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Settings EMBEDDED = Settings.embedded(Path.of("/var/lib/opstracker"));

    @Test
    void printedSettingsNeverShowPasswordsOrTheAdminToken() {
        Settings settings = new Settings(Path.of("/d"), "0.0.0.0", 8080,
                "jdbc:mariadb://db:3306/ops?user=ops&password=hunter2&sslMode=verify-full", "ops", "s3cret", "opt_admin-secret", 2048);

        assertThat(settings.toString())
                .doesNotContain("hunter2").doesNotContain("s3cret").doesNotContain("opt_admin-secret")
                .contains("password=<hidden>&sslMode=verify-full");
    }

    @Test
    void printedSettingsNameTheSigningSourcesButNotTheirSecrets() {
        Settings settings = EMBEDDED.withWebhookSigning(WebhookSigningFormat.parse("env", "grafana=grafana-hmac:topsecret"));

        assertThat(settings.toString()).contains("grafana=grafana-hmac").doesNotContain("topsecret");
    }

    @Test
    void userInfoPasswordsInUrlsAreHiddenToo() {
        assertThat(Settings.withoutSecrets("jdbc:mariadb://ops:hunter2@db:3306/ops")).isEqualTo("jdbc:mariadb://ops:<hidden>@db:3306/ops");
        assertThat(Settings.withoutSecrets("jdbc:h2:file:/d/ops;PASSWORD=x;MODE=MariaDB")).isEqualTo("jdbc:h2:file:/d/ops;PASSWORD=<hidden>;MODE=MariaDB");
    }

    @Test
    void theSecretsOfTheSettingsAreKnownForMaskingWhereverTheyAreEchoed() {
        Settings settings = new Settings(Path.of("/d"), "h", 1, "jdbc:mariadb://ops:Url-Pass-2026@db:3306/ops?password=Param-Pass-2026&user=ops",
                "ops", "Db-Pass-2026", "opt_admin-secret-0123456789", 2048);

        assertThat(settings.secrets()).containsExactlyInAnyOrder("Url-Pass-2026", "Param-Pass-2026", "Db-Pass-2026", "opt_admin-secret-0123456789");
    }

    @Test
    void secretsShorterThanEightCharactersAreNotMaskedByValueSinceTheyWouldGarbleOrdinaryWords() {
        assertThat(EMBEDDED.withDatabase("jdbc:h2:file:/d/ops;PASSWORD=admin", "sa", "root").secrets()).isEmpty();
        assertThat(EMBEDDED.secrets()).isEmpty();
    }

    @Test
    void embeddedDefaultsListenOnLoopbackPort8080() {
        assertThat(EMBEDDED.host()).isEqualTo("127.0.0.1");
        assertThat(EMBEDDED.port()).isEqualTo(8080);
        assertThat(EMBEDDED.databaseUrl()).isNull();
        assertThat(EMBEDDED.toString()).contains("(embedded H2)").contains("webhookSigning=WebhookSigning[]");
    }

    @Test
    void aBlankDatabaseUrlMeansTheEmbeddedDatabase() {
        assertThat(EMBEDDED.withDatabase("  ", null, null).databaseUrl()).isNull();
    }

    @Test
    void outOfRangeValuesAreRejectedNamingTheSetting() {
        assertThatThrownBy(() -> EMBEDDED.withPort(-1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("port"));
        assertThatThrownBy(() -> new Settings(Path.of("/d"), "h", 1, null, null, null, null, 10))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("maxRequestBytes"));
    }
}
