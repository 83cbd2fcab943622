package dev.opstracker.domain.security;

import static dev.opstracker.domain.security.Hmacs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrafanaSignatureTest {

    private static final String SECRET = "grafana-secret";
    private static final String BODY = "{\"status\":\"firing\"}";
    private static final String TIMESTAMP = "1764000000";
    private static final Instant NOW = Instant.ofEpochSecond(1_764_000_030L);
    /** Both computed with {@code openssl dgst -sha256 -hmac grafana-secret}. */
    private static final String BODY_MAC = "bf139e3403a31e4b49defad120bc97d578b44bd35af83566821426b9bb7fc97d";
    private static final String TIMESTAMPED_MAC = "1782591ae155c98da3a3862ac3567e1ca8db1d502369575c5d0977a0738a3100";

    private final GrafanaSignature bodyOnly = new GrafanaSignature(List.of(SigningSecret.text(SECRET)), false);
    private final GrafanaSignature timestamped = new GrafanaSignature(List.of(SigningSecret.text(SECRET)), true);

    @Test
    void theBareHexMacOfTheBodyVerifies() {
        assertThat(bodyOnly.verify(BODY_MAC, null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void withATimestampHeaderTheMacCoversTimestampColonBody() {
        assertThat(timestamped.verify(TIMESTAMPED_MAC, TIMESTAMP, utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
        assertThat(timestamped.verify(BODY_MAC, TIMESTAMP, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void withoutATimestampHeaderConfiguredATimestampSentAnywayIsIgnored() {
        assertThat(bodyOnly.verify(BODY_MAC, "1", utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void hexInCapitalsAndSurroundingSpaceAreAccepted() {
        assertThat(bodyOnly.verify(" " + BODY_MAC.toUpperCase() + " ", null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aMacByAnotherSecretIsAMismatch() {
        assertThat(bodyOnly.verify(Hmacs.grafana("other-secret", BODY), null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void aBodyChangedByOneByteOrSerialisedAgainIsAMismatch() {
        assertThat(bodyOnly.verify(BODY_MAC, null, utf8("{\"status\":\"firinG\"}"), NOW)).isEqualTo(SignatureCheck.MISMATCH);
        assertThat(bodyOnly.verify(BODY_MAC, null, utf8("{\"status\": \"firing\"}"), NOW)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayEitherSideIsStale() {
        long signedAt = Long.parseLong(TIMESTAMP);

        assertThat(timestamped.verify(TIMESTAMPED_MAC, TIMESTAMP, utf8(BODY), Instant.ofEpochSecond(signedAt + 301)))
                .isEqualTo(SignatureCheck.STALE);
        assertThat(timestamped.verify(TIMESTAMPED_MAC, TIMESTAMP, utf8(BODY), Instant.ofEpochSecond(signedAt - 301)))
                .isEqualTo(SignatureCheck.STALE);
        assertThat(timestamped.verify(TIMESTAMPED_MAC, TIMESTAMP, utf8(BODY), Instant.ofEpochSecond(signedAt + 300)))
                .isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aMissingSignatureOrConfiguredTimestampIsReportedAsMissing() {
        assertThat(bodyOnly.verify(null, null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISSING);
        assertThat(bodyOnly.verify("", null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISSING);
        assertThat(timestamped.verify(TIMESTAMPED_MAC, null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISSING);
    }

    @Test
    void aSignatureThatIsNotSixtyFourHexDigitsIsMalformed() {
        assertThat(bodyOnly.verify("sha256=" + BODY_MAC, null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(bodyOnly.verify(BODY_MAC.substring(2), null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(bodyOnly.verify(BODY_MAC.replace('b', 'x'), null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(timestamped.verify(TIMESTAMPED_MAC, "1764000000.0", utf8(BODY), NOW)).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void duringARotationMacsByTheOldOrTheNewSecretBothVerify() {
        GrafanaSignature rotating = new GrafanaSignature(List.of(SigningSecret.text("new-secret"), SigningSecret.text(SECRET)), false);

        assertThat(rotating.verify(BODY_MAC, null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
        assertThat(rotating.verify(Hmacs.grafana("new-secret", BODY), null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
        assertThat(rotating.verify(Hmacs.grafana("retired-secret", BODY), null, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void aSignatureNeedsAtLeastOneSecret() {
        assertThatThrownBy(() -> new GrafanaSignature(List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
