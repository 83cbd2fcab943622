package dev.opstracker.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused value is masked whole before it is shortened, so that no cut leaves part of a secret unrecognised. */
class InvalidInputMaskingTest {

    /** A GitHub token is recognised only whole (ghp_ and 36 characters): a cut one is no longer masked. */
    private static final String TOKEN_BODY = "Zq8Xw3Lr5Tn7Vb9Md2Kf4Hj6Gp1Sc0Ya8Ue3Oi";
    private static final String TOKEN = "ghp_" + TOKEN_BODY.substring(0, 36);

    @BeforeEach
    void maskWithTheStandardRules() {
        DomainException.InvalidInput.maskEchoedValuesWith(SecretMasker.standard()::mask);
    }

    @AfterEach
    void stopMasking() {
        DomainException.InvalidInput.maskEchoedValuesWith(UnaryOperator.identity());
    }

    @Test
    void aSecretLyingAcrossTheCutPointIsMaskedWholeAndNoneOfItsStartIsShown() {
        String value = "x".repeat(60) + " deploy " + TOKEN + " and the rest of a long value " + "y".repeat(40);

        DomainException.InvalidInput invalid = new DomainException.InvalidInput("title", value, "too long");

        assertThat(invalid.value()).hasSize(80).startsWith("x".repeat(60) + " deploy ghp_" + SecretMasker.MASK).endsWith("...");
        assertThat(invalid.getMessage()).contains("ghp_" + SecretMasker.MASK).doesNotContain(TOKEN.substring(4, 8));
        assertThat(invalid.value()).doesNotContain(TOKEN.substring(4, 8));
    }

    @Test
    void aSecretStartingJustBeforeTheCutAndEndingPastItLeavesNoCharacterOfItInMessageOrValue() {
        for (int start = 70; start <= 79; start++) {
            String value = "x".repeat(start - 1) + " " + TOKEN + " " + "z".repeat(100);

            DomainException.InvalidInput invalid = new DomainException.InvalidInput("note", value, "refused");

            assertThat(invalid.value()).as("secret at %d", start).doesNotContain(TOKEN_BODY.substring(0, 2)).hasSizeLessThanOrEqualTo(80);
            assertThat(invalid.getMessage()).as("secret at %d", start).doesNotContain(TOKEN_BODY.substring(0, 2));
        }
    }

    @Test
    void aSecretPlantedPastTheCutPointNeverShowsAndTheValueStillEndsInTheEllipsis() {
        String value = "y".repeat(120) + " password=" + "hunter2hunter2hunter2";

        DomainException.InvalidInput invalid = new DomainException.InvalidInput("description", value, "too long");

        assertThat(invalid.value()).isEqualTo("y".repeat(77) + "...");
        assertThat(invalid.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void aShortValueIsMaskedAndNotShortened() {
        DomainException.InvalidInput invalid = new DomainException.InvalidInput("name", "password=hunter2hunter2", "bad name");

        assertThat(invalid.value()).isEqualTo("password=" + SecretMasker.MASK);
        assertThat(invalid.getMessage()).isEqualTo("name 'password=****' is invalid: bad name");
        assertThat(invalid.renamed("other").value()).isEqualTo("password=" + SecretMasker.MASK);
    }
}
