package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Streamed masking reads an output a window at a time; wherever a window ends, a secret must come
 * out masked, and the whole must come out as masking it in one piece would.
 */
class MaskedOutputProperties {

    private static final SecretMasker MASKER = SecretMasker.standard();

    /** A secret as it appears in output, and the part that must not survive. */
    record Secret(String text, String hidden) {
    }

    /** Output around a secret that lies across the end of the first window. */
    record Output(String text, Secret secret) {
    }

    /** An output read back through the masking stream {@code readSize} bytes a call. */
    record Reading(Output output, int readSize) {
    }

    @Test
    void aSecretAcrossTheEndOfAWindowIsMaskedAsInOnePiece() {
        Tries.forAll(60, Gen.combine(outputs(), Gen.ints(1, 70_000), Reading::new), reading -> {
            Output output = reading.output();
            byte[] exact = output.text().getBytes(StandardCharsets.ISO_8859_1);

            String streamed = new String(readAll(new MaskedOutput(new ByteArrayInputStream(exact), MASKER), reading.readSize()), StandardCharsets.ISO_8859_1);

            assertThat(streamed).doesNotContain(output.secret().hidden());
            assertThat(streamed).isEqualTo(MASKER.mask(output.text()));
        });
    }

    /**
     * Lines of words with the secret across the end of the first window; or one line longer than the
     * carry limit, so that the window ends at a space, with the secret across the end of the second
     * window and no space after it in that window.
     */
    private static Gen<Output> outputs() {
        Gen<String> words = Gen.combine(Gen.of("disk 97% full", "restart ok", "GET /health 200", "token rotated", "échec"),
                Gen.of("\n", "\r\n", " \n"), String::concat).joined("", 1, 8);
        return Gen.combine(secrets(), words, Gen.of(true, false), Gen.ints(0, 200), (secret, lines, oneLongLine, shift) -> {
            int start = (oneLongLine ? 2 * MaskedOutput.WINDOW : MaskedOutput.WINDOW) - Math.min(shift, secret.text().length());
            String before = oneLongLine ? "x ".repeat(start / 4) + "x".repeat(start - 1 - start / 4 * 2) : repeat(lines, start - 1);
            String after = oneLongLine ? "y".repeat(500) : repeat(lines, 500);
            return new Output(before + " " + secret.text() + " " + after + "\n", secret);
        });
    }

    /** {@code text} repeated and cut to {@code length} characters. */
    private static String repeat(String text, int length) {
        return text.repeat(length / text.length() + 1).substring(0, length);
    }

    private static Gen<Secret> secrets() {
        Gen<String> value = Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789", 10, 40);
        return value.flatMap(v -> Gen.of(
                new Secret("Authorization: Bearer " + v, v),
                new Secret("curl -H \"authorization: basic " + v + "\"", v),
                new Secret("Bearer " + v, v),
                new Secret("password = " + v, v),
                new Secret("{\"password\": \"" + v + "\"}", v),
                new Secret("db_password:\n  " + v, v),
                new Secret("mysql --password " + v, v),
                new Secret("https://deploy:" + v + "@git.example.com", v),
                new Secret("ghp_" + (v + "0".repeat(36)).substring(0, 36), v),
                new Secret("-----BEGIN RSA PRIVATE KEY-----\n" + v + "\n" + v + "\n-----END RSA PRIVATE KEY-----", v)));
    }

    private static byte[] readAll(InputStream in, int readSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize];
        for (int count = in.read(buffer, 0, readSize); count >= 0; count = in.read(buffer, 0, readSize)) {
            out.write(buffer, 0, count);
        }
        return out.toByteArray();
    }
}
