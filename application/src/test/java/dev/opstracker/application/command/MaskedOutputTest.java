package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskedOutputTest {

    private static final String TOKEN = "ghp_" + "A1b2C3d4E5".repeat(3) + "xyz123";

    private static String masked(byte[] exact) throws IOException {
        try (InputStream masked = new MaskedOutput(new ByteArrayInputStream(exact), SecretMasker.standard())) {
            // Small reads, as a client would pull them.
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[1_000];
            for (int read; (read = masked.read(buffer)) >= 0; ) {
                text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
            }
            return text.toString();
        }
    }

    @Test
    void aTokenSplitAcrossTwoWindowsIsStillMasked() throws IOException {
        String before = "x".repeat(MaskedOutput.WINDOW - 10) + " token ";
        String output = before + TOKEN + " done\n";

        String shown = masked(output.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(shown).doesNotContain(TOKEN).contains("ghp_****").endsWith(" done\n").startsWith(before);
    }

    @Test
    void aPrivateKeyBlockSpanningWindowsIsMaskedWhole() throws IOException {
        String block = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n".repeat(40)
                + "-----END OPENSSH PRIVATE KEY-----\n";
        String output = "line\n".repeat((MaskedOutput.WINDOW - 500) / 5) + block + "after\n";

        String shown = masked(output.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(shown).doesNotContain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ").contains("[MASKED]").endsWith("after\n");
    }

    @Test
    void aValueOnTheLineAfterItsNameIsMaskedWhenAWindowEndsBetweenThem() throws IOException {
        String name = "db_password:\n";
        String output = "x".repeat(MaskedOutput.WINDOW - name.length() - 1) + "\n" + name + "  hunter2hunter2\ndone\n";

        String shown = masked(output.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(shown).doesNotContain("hunter2").endsWith("db_password:\n  ****\ndone\n");
    }

    @Test
    void aBearerTokenIsMaskedWhenALineLongerThanTheCarryEndsAWindowAtItsSpace() throws IOException {
        String output = "x".repeat(2 * MaskedOutput.WINDOW - 20) + " Bearer abcdefghijklmnopqrstuvwxyz " + "y".repeat(500) + "\n";

        String shown = masked(output.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(shown).doesNotContain("abcdefghijklmnopqrstuvwxyz").contains(" Bearer **** y");
    }

    @Test
    void outputWithoutSecretsPassesThroughByteForByteEvenWhenBinary() throws IOException {
        byte[] binary = new byte[3 * MaskedOutput.WINDOW + 123];
        new Random(5).nextBytes(binary);
        for (int i = 0; i < binary.length; i++) {
            // No letter runs a rule could take for a secret: keep the random bytes outside ASCII letters.
            if (Character.isLetterOrDigit((char) (binary[i] & 0xFF)) && (binary[i] & 0xFF) < 128) {
                binary[i] = (byte) 0x80;
            }
        }

        assertThat(masked(binary).getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(binary);
    }
}
