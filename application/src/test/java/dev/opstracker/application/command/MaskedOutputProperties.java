package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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

    @Property(tries = 60)
    void aSecretAcrossTheEndOfAWindowIsMaskedAsInOnePiece(@ForAll("outputs") Output output, @ForAll @IntRange(min = 1, max = 70_000) int readSize)
            throws IOException {
        byte[] exact = output.text().getBytes(StandardCharsets.ISO_8859_1);

        String streamed = new String(readAll(new MaskedOutput(new ByteArrayInputStream(exact), MASKER), readSize), StandardCharsets.ISO_8859_1);

        assertThat(streamed).doesNotContain(output.secret().hidden());
        assertThat(streamed).isEqualTo(MASKER.mask(output.text()));
    }

    /**
     * Lines of words with the secret across the end of the first window; or one line longer than the
     * carry limit, so that the window ends at a space, with the secret across the end of the second
     * window and no space after it in that window.
     */
    @Provide
    Arbitrary<Output> outputs() {
        Arbitrary<String> words = Combinators.combine(Arbitraries.of("disk 97% full", "restart ok", "GET /health 200", "token rotated", "échec"),
                Arbitraries.of("\n", "\r\n", " \n")).as(String::concat).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
        return Combinators.combine(secrets(), words, Arbitraries.of(true, false), Arbitraries.integers().between(0, 200))
                .as((secret, lines, oneLongLine, shift) -> {
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

    @Provide
    Arbitrary<Secret> secrets() {
        Arbitrary<String> value = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(10).ofMaxLength(40);
        return value.flatMap(v -> Arbitraries.of(
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
