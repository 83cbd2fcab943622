package dev.opstracker.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SigningSecretTest {

    @Test
    void aStandardWebhooksSecretIsWhsecFollowedByBase64() {
        SigningSecret secret = SigningSecret.standardWebhooks(Hmacs.OLD_SECRET);

        assertThat(secret.key()).hasSize(32);
    }

    @Test
    void aStandardWebhooksSecretWithoutItsPrefixIsRefused() {
        assertThatThrownBy(() -> SigningSecret.standardWebhooks("1R/LWtfHgSU70NAxElnO56ThFDtrup5oxTe2rHgEP0k="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Standard Webhooks secret starts with whsec_");
    }

    @Test
    void aStandardWebhooksSecretThatIsNotBase64IsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> SigningSecret.standardWebhooks("whsec_not*base64*secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Standard Webhooks secret is whsec_ followed by base64")
                .hasNoCause();
    }

    @Test
    void aStandardWebhooksSecretShorterThanTwentyFourBytesIsRefused() {
        assertThatThrownBy(() -> SigningSecret.standardWebhooks("whsec_c2hvcnQtc2VjcmV0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Standard Webhooks secret holds at least 24 bytes, this one 12");
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> SigningSecret.text(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a signing secret is empty");
        assertThatThrownBy(() -> SigningSecret.standardWebhooks("whsec_"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecretNeverShowsInItsTextForm() {
        assertThat(SigningSecret.text("hunter2")).hasToString("SigningSecret[hidden]");
        assertThat(SigningSecret.standardWebhooks(Hmacs.NEW_SECRET).toString()).doesNotContain("a+93uh");
    }
}
