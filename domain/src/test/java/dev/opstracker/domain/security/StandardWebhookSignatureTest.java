package dev.opstracker.domain.security;

import static dev.opstracker.domain.security.Hmacs.NEW_SECRET;
import static dev.opstracker.domain.security.Hmacs.OLD_SECRET;
import static dev.opstracker.domain.security.Hmacs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    private static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    private static final long SIGNED_AT = 1_764_000_000L;
    private static final Instant NOW = Instant.ofEpochSecond(SIGNED_AT + 2);
    private static final String BODY = "{\"title\": \"Disk full on db-1\", \"dedup_key\": \"db-1/disk\"}";

    private final StandardWebhookSignature verifier = verifierFor(OLD_SECRET);

    @Test
    void theExampleSignedByTheSvixReferenceLibraryVerifies() {
        // From the reference libraries' documentation; also reproduced with openssl (see README).
        StandardWebhookSignature reference = verifierFor("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        SignatureCheck check = reference.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", utf8("{\"test\": 2432232314}"), Instant.ofEpochSecond(1614265330));

        assertThat(check).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aDeliverySignedWithTheSecretVerifies() {
        assertThat(verify(signed(OLD_SECRET, BODY), BODY)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsAMismatch() {
        assertThat(verify(signed(NEW_SECRET, BODY), BODY)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void aBodyChangedByOneByteIsAMismatch() {
        String changed = BODY.replace("db-1/disk", "db-2/disk");

        assertThat(verify(signed(OLD_SECRET, BODY), changed)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void theSameJsonSerialisedAgainIsAMismatchBecauseTheExactBytesAreSigned() {
        String reserialised = "{\"title\":\"Disk full on db-1\",\"dedup_key\":\"db-1/disk\"}";

        assertThat(verify(signed(OLD_SECRET, BODY), reserialised)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void theIdAndTimestampAreSignedToo() {
        String signature = signed(OLD_SECRET, BODY);

        assertThat(verifier.verify("msg_other", Long.toString(SIGNED_AT), signature, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISMATCH);
        assertThat(verifier.verify(ID, Long.toString(SIGNED_AT + 1), signature, utf8(BODY), NOW)).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void aTimestampUpToFiveMinutesAwayEitherSideIsAccepted() {
        String signature = signed(OLD_SECRET, BODY);
        byte[] body = utf8(BODY);

        assertThat(verifier.verify(ID, Long.toString(SIGNED_AT), signature, body, Instant.ofEpochSecond(SIGNED_AT + 300)))
                .isEqualTo(SignatureCheck.VALID);
        assertThat(verifier.verify(ID, Long.toString(SIGNED_AT), signature, body, Instant.ofEpochSecond(SIGNED_AT - 300)))
                .isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayEitherSideIsStale() {
        String signature = signed(OLD_SECRET, BODY);
        byte[] body = utf8(BODY);

        assertThat(verifier.verify(ID, Long.toString(SIGNED_AT), signature, body, Instant.ofEpochSecond(SIGNED_AT + 301)))
                .isEqualTo(SignatureCheck.STALE);
        assertThat(verifier.verify(ID, Long.toString(SIGNED_AT), signature, body, Instant.ofEpochSecond(SIGNED_AT - 301)))
                .isEqualTo(SignatureCheck.STALE);
    }

    @Test
    void aStaleTimestampIsReportedBeforeTheSignatureIsLookedAt() {
        SignatureCheck check = verifier.verify(ID, Long.toString(SIGNED_AT), "v1,garbage", utf8(BODY), Instant.ofEpochSecond(SIGNED_AT + 3600));

        assertThat(check).isEqualTo(SignatureCheck.STALE);
    }

    @Test
    void aMissingOrBlankHeaderIsReportedAsMissing() {
        String signature = signed(OLD_SECRET, BODY);
        String timestamp = Long.toString(SIGNED_AT);
        byte[] body = utf8(BODY);

        assertThat(verifier.verify(null, timestamp, signature, body, NOW)).isEqualTo(SignatureCheck.MISSING);
        assertThat(verifier.verify(ID, null, signature, body, NOW)).isEqualTo(SignatureCheck.MISSING);
        assertThat(verifier.verify(ID, timestamp, null, body, NOW)).isEqualTo(SignatureCheck.MISSING);
        assertThat(verifier.verify(" ", timestamp, signature, body, NOW)).isEqualTo(SignatureCheck.MISSING);
        assertThat(verifier.verify(ID, timestamp, "", body, NOW)).isEqualTo(SignatureCheck.MISSING);
    }

    @Test
    void anIdOrTimestampHoldingADotIsMalformed() {
        String signature = signed(OLD_SECRET, BODY);
        byte[] body = utf8(BODY);

        assertThat(verifier.verify("msg.1", Long.toString(SIGNED_AT), signature, body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(verifier.verify(ID, SIGNED_AT + ".5", signature, body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void aTimestampThatIsNotUnixSecondsIsMalformed() {
        String signature = signed(OLD_SECRET, BODY);
        byte[] body = utf8(BODY);

        assertThat(verifier.verify(ID, "-1", signature, body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(verifier.verify(ID, "2026-11-24T16:00:00Z", signature, body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(verifier.verify(ID, "1764000000000000", signature, body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void anOverlongIdIsMalformed() {
        String id = "m".repeat(StandardWebhookSignature.MAX_ID_LENGTH + 1);

        assertThat(verifier.verify(id, Long.toString(SIGNED_AT), "v1,x", utf8(BODY), NOW)).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void aSignatureHeaderWithoutAnyVersionOneMacIsMalformed() {
        String timestamp = Long.toString(SIGNED_AT);
        byte[] body = utf8(BODY);
        String shortMac = "v1," + Base64.getEncoder().encodeToString(new byte[16]);

        assertThat(verifier.verify(ID, timestamp, "garbage", body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(verifier.verify(ID, timestamp, "v1,not*base64", body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(verifier.verify(ID, timestamp, shortMac, body, NOW)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(verifier.verify(ID, timestamp, signed(OLD_SECRET, BODY).replace("v1,", "v1a,"), body, NOW))
                .isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void duringARotationDeliveriesSignedWithTheOldOrTheNewSecretBothVerify() {
        StandardWebhookSignature rotating = new StandardWebhookSignature(
                List.of(SigningSecret.standardWebhooks(OLD_SECRET), SigningSecret.standardWebhooks(NEW_SECRET)));
        String timestamp = Long.toString(SIGNED_AT);

        assertThat(rotating.verify(ID, timestamp, signed(OLD_SECRET, BODY), utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
        assertThat(rotating.verify(ID, timestamp, signed(NEW_SECRET, BODY), utf8(BODY), NOW)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void oneMatchingEntryAmongSeveralSignaturesIsEnough() {
        String unknown = Hmacs.standardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ID, SIGNED_AT, BODY);
        String header = "v1a,c2lnbmVkLXdpdGgtZWQyNTUxOQ== " + unknown + "  " + signed(OLD_SECRET, BODY);

        assertThat(verify(header, BODY)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aDeliveryIsAcceptedUntilFiveMinutesAfterItsTimestamp() {
        assertThat(StandardWebhookSignature.acceptedUntil("1764000000")).contains(Instant.ofEpochSecond(SIGNED_AT + 300));
        assertThat(StandardWebhookSignature.acceptedUntil("soon")).isEmpty();
        assertThat(StandardWebhookSignature.acceptedUntil(null)).isEmpty();
    }

    @Test
    void aSignatureNeedsAtLeastOneSecret() {
        assertThatThrownBy(() -> new StandardWebhookSignature(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a signature needs at least one secret");
    }

    private SignatureCheck verify(String signatureHeader, String body) {
        return verifier.verify(ID, Long.toString(SIGNED_AT), signatureHeader, utf8(body), NOW);
    }

    private static String signed(String secret, String body) {
        return Hmacs.standardWebhooks(secret, ID, SIGNED_AT, body);
    }

    private static StandardWebhookSignature verifierFor(String secret) {
        return new StandardWebhookSignature(List.of(SigningSecret.standardWebhooks(secret)));
    }
}
