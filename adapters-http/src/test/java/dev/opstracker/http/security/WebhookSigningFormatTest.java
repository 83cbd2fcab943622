package dev.opstracker.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.security.GrafanaSignature;
import dev.opstracker.domain.security.SigningSecret;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSigningFormatTest {

    private static final String WHSEC = "whsec_1R/LWtfHgSU70NAxElnO56ThFDtrup5oxTe2rHgEP0k=";
    private static final String OTHER_WHSEC = "whsec_a+93uhU6fd5yDtgp4udSjRxLpT4hI5zHeTjGWARO/j8=";

    @Test
    void eachEntryConfiguresOneSourceWithItsSchemeAndSecrets() {
        WebhookSigning signing = WebhookSigningFormat.parse("env",
                "events=standard-webhooks:" + WHSEC + "," + OTHER_WHSEC + ";grafana=grafana-hmac:s3:cret=");

        SourceSigning.StandardWebhooks events = (SourceSigning.StandardWebhooks) signing.forSource(AlertSource.EVENTS).orElseThrow();
        SourceSigning.GrafanaHmac grafana = (SourceSigning.GrafanaHmac) signing.forSource(AlertSource.GRAFANA).orElseThrow();
        assertThat(events.signature().secrets()).hasSize(2);
        assertThat(grafana.signature().secrets()).hasSize(1);
        assertThat(grafana.signatureHeader()).isEqualTo("X-Grafana-Alerting-Signature");
        assertThat(grafana.timestampHeader()).isNull();
        assertThat(grafana.signature().timestamped()).isFalse();
        assertThat(signing.forSource(AlertSource.ALERTMANAGER)).isEmpty();
    }

    @Test
    void grafanaTakesItsHeaderNamesAsOptionsAfterTheScheme() {
        WebhookSigning signing = WebhookSigningFormat.parse("env",
                "grafana=grafana-hmac  timestamp-header=X-Grafana-Alerting-Timestamp signature-header=X-Sig : s3cret , n3w");

        SourceSigning.GrafanaHmac grafana = (SourceSigning.GrafanaHmac) signing.forSource(AlertSource.GRAFANA).orElseThrow();
        assertThat(grafana.timestampHeader()).isEqualTo("X-Grafana-Alerting-Timestamp");
        assertThat(grafana.signatureHeader()).isEqualTo("X-Sig");
        assertThat(grafana.signature().timestamped()).isTrue();
        assertThat(grafana.signature().secrets()).hasSize(2);
    }

    @Test
    void linesCommentsAndBlankEntriesAreAllowedAsInAFile() {
        WebhookSigning signing = WebhookSigningFormat.parse("file", """
                # Grafana contact point "ops"
                grafana=grafana-hmac:s3cret

                events=standard-webhooks:%s;
                """.formatted(WHSEC));

        assertThat(signing.sources()).containsOnlyKeys(AlertSource.GRAFANA, AlertSource.EVENTS);
    }

    @Test
    void nothingConfiguredMeansNoSourceSigns() {
        assertThat(WebhookSigningFormat.parse("env", null).sources()).isEmpty();
        assertThat(WebhookSigningFormat.parse("env", "  ;\n").sources()).isEmpty();
        assertThat(WebhookSigning.none()).hasToString("WebhookSigning[]");
    }

    @Test
    void theTextFormNamesSchemesAndHeadersButNoSecret() {
        WebhookSigning signing = WebhookSigningFormat.parse("env",
                "grafana=grafana-hmac timestamp-header=X-Ts:topsecret;events=standard-webhooks:" + WHSEC);

        assertThat(signing.toString())
                .isEqualTo("WebhookSigning[grafana=grafana-hmac (secrets: 1, signature header X-Grafana-Alerting-Signature, "
                        + "timestamp header X-Ts), events=standard-webhooks (secrets: 1)]")
                .doesNotContain("topsecret", "1R/LW");
    }

    @Test
    void anEntryWithoutSourceOrSchemeIsRefusedWithoutQuotingIt() {
        assertRefused("topsecret", "env entry 1: expected SOURCE=SCHEME:SECRET[,SECRET...]");
        assertRefused("grafana=topsecret", "env entry 1 (source grafana): expected SOURCE=SCHEME:SECRET[,SECRET...]");
    }

    @Test
    void anUnknownSourceIsRefusedWithoutQuotingIt() {
        assertRefused("whsec_topsecret=standard-webhooks:x",
                "env entry 1: unknown source; expected one of alertmanager, grafana, events, generic");
    }

    @Test
    void anUnknownSchemeIsRefusedWithoutQuotingIt() {
        assertRefused(";grafana=top:secret", "env entry 2 (source grafana): unknown scheme; expected standard-webhooks or grafana-hmac");
    }

    @Test
    void aSourceConfiguredTwiceIsRefused() {
        assertRefused("grafana=grafana-hmac:a\ngrafana=grafana-hmac:b", "env entry 2 (source grafana): the source is configured twice");
    }

    @Test
    void anEmptySecretIsRefused() {
        assertRefused("grafana=grafana-hmac:", "env entry 1 (source grafana): secret 1 is empty");
        assertRefused("grafana=grafana-hmac:a,,b", "env entry 1 (source grafana): secret 2 is empty");
    }

    @Test
    void aMalformedStandardWebhooksSecretIsNamedByPositionNotQuoted() {
        assertRefused("events=standard-webhooks:" + WHSEC + ",topsecret",
                "env entry 1 (source events): secret 2: a Standard Webhooks secret starts with whsec_");
        assertRefused("events=standard-webhooks:whsec_dG9wc2VjcmV0",
                "env entry 1 (source events): secret 1: a Standard Webhooks secret holds at least 24 bytes, this one 9");
    }

    @Test
    void optionsAreRefusedWhereTheSchemeTakesNoneOrDoesNotKnowThem() {
        assertRefused("events=standard-webhooks timestamp-header=X:" + WHSEC,
                "env entry 1 (source events): standard-webhooks takes no options");
        assertRefused("grafana=grafana-hmac header=X:s",
                "env entry 1 (source grafana): unknown option; grafana-hmac takes signature-header=NAME and timestamp-header=NAME");
    }

    @Test
    void malformedOrRepeatedOptionsAreRefused() {
        String shape = "env entry 1 (source grafana): an option is NAME=HEADER-NAME, the header name without spaces or ':'";
        assertRefused("grafana=grafana-hmac timestamp-header:s", shape);
        assertRefused("grafana=grafana-hmac timestamp-header=:s", shape);
        assertRefused("grafana=grafana-hmac =X:s", shape);
        assertRefused("grafana=grafana-hmac timestamp-header=X(1):s", shape);
        assertRefused("grafana=grafana-hmac timestamp-header=A timestamp-header=B:s",
                "env entry 1 (source grafana): an option is given twice");
    }

    @Test
    void twoConfigurationsCombineUnlessTheyShareASource() {
        WebhookSigning environment = WebhookSigningFormat.parse("env", "grafana=grafana-hmac:a");
        WebhookSigning file = WebhookSigningFormat.parse("file", "events=standard-webhooks:" + WHSEC);

        assertThat(environment.plus(file).sources()).containsOnlyKeys(AlertSource.GRAFANA, AlertSource.EVENTS);
        assertThatThrownBy(() -> environment.plus(environment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook signing for source grafana is configured twice");
    }

    @Test
    void aGrafanaSchemeHasATimestampHeaderExactlyWhenItsSignatureIsTimestamped() {
        GrafanaSignature timestamped = new GrafanaSignature(List.of(SigningSecret.text("s")), true);

        assertThatThrownBy(() -> new SourceSigning.GrafanaHmac(timestamped, "X-Sig", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a timestamped signature needs a timestamp header, and only it");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> WebhookSigningFormat.parse("env", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .message().doesNotContain("topsecret");
    }
}
