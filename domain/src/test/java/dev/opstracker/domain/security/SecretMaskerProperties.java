package dev.opstracker.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecretMaskerProperties {

    /** Ordinary words, secret-sounding ones among them, in several scripts; none is followed by an assignment. */
    static final List<String> WORDS = List.of("the", "disk", "is", "full", "on", "node-7", "restart", "service", "token", "password", "secret", "key",
            "reset", "requested", "expired", "api", "deploy", "kubectl", "get", "pods", "-n", "prod", "échec", "déploiement", "日本語", "😀", "ünïcödé",
            "error", "at", "of", "97%", "/var/log/app", "ok", "credentials", "rotated", "access", "signing", "session", "auth", "private", "ssh",
            "admin", "root", "opt_in", "adopt_it", "AKIA", "ghp", "eyJ", "sk", "xox", "https://example.com/path", "v1.2.3", "12:30", "42");
    private static final List<String> PROSE_SEPARATORS = List.of(" ", " ", " ", ", ", ". ", "\n", "! ", "? ", " - ", "\t", " (", ") ", "\r\n");
    /** Pieces that come close to a rule or to a mask, for text that is not prose. */
    private static final List<String> NEAR_MISSES = List.of("=", ":", ": ", "@", "://", "Bearer ", "Authorization: ", "-----BEGIN ", "PRIVATE KEY-----",
            "-----END ", "\n", "\"", "'", "opt_", "AKIA", "****", " [MASKED] ", "--password=", "password", "=****", "token=", "ghp_", "/", "\u0000");

    private final SecretMasker masker = SecretMasker.standard();

    @Test
    void maskingMaskedTextChangesNothing() {
        Tries.forAll(textWithSecrets(), text -> {
            String once = masker.mask(text);

            assertThat(masker.mask(once)).isEqualTo(once);
        });
    }

    @Test
    void aSecretOfAnyRuleEmbeddedInProseIsMasked() {
        Gen<Embedded> embedded = Gen.combine(Gen.combine(prose(), separators(), String::concat), secrets(), Gen.combine(separators(), prose(), String::concat),
                Embedded::new);
        Tries.forAll(400, embedded, sample -> {
            String masked = masker.mask(sample.before() + sample.secret().text() + sample.after());

            for (String line : sample.secret().hidden().split("\n")) {
                assertThat(masked).as("%s secret %s", sample.secret().rule(), sample.secret().text()).doesNotContain(line);
            }
        });
    }

    /** A secret with the text around it, shown whole when a try fails. */
    private record Embedded(String before, Secrets.Secret secret, String after) {
    }

    @Test
    void proseWithoutSecretsIsLeftAsItIs() {
        Tries.forAll(prose(), text -> assertThat(masker.mask(text)).isEqualTo(text));
    }

    @Test
    void aUsersLiteralPatternLeavesNoOccurrenceBehind() {
        Gen<String> words = Gen.strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 3, 12);
        Tries.forAll(words, prose(), prose(), (word, before, after) -> {
            SecretMasker own = masker.withPatterns(List.of(Pattern.quote(word)));

            String masked = own.mask(before + word + after + " " + word);

            assertThat(masked).doesNotContain(word);
            assertThat(own.mask(masked)).isEqualTo(masked);
        });
    }

    @Test
    void anyPatternTextIsTakenOrRefusedAsInvalidInputOnMaskPatternsAndNeverBreaksMasking() {
        Tries.forAll(patternText(), textWithSecrets(), (pattern, text) -> {
            Throwable refused = catchThrowable(() -> masker.withPatterns(List.of(pattern)).mask(text));

            if (refused != null) {
                assertThat(refused).isInstanceOf(DomainException.InvalidInput.class);
                assertThat(((DomainException.InvalidInput) refused).field()).isEqualTo("maskPatterns");
            }
        });
    }

    private static Gen<Secrets.Secret> secrets() {
        return Gen.oneOf(new ArrayList<>(Secrets.byRule().values()));
    }

    private static Gen<String> separators() {
        return Gen.of(" ", "\n", "\t", "  ", " (", ") ", " \"", "\" ", " '", "' ", ", ", ". ", "\n\n", " [", "] ", " {", "} ");
    }

    static Gen<String> prose() {
        return Gen.combine(Gen.of(WORDS), Gen.of(PROSE_SEPARATORS), String::concat).list(12).map(words -> String.join("", words).strip());
    }

    static Gen<String> textWithSecrets() {
        Gen<String> piece = Gen.frequency(
                Gen.weight(3, Gen.of(WORDS)),
                Gen.weight(3, Gen.of(NEAR_MISSES)),
                Gen.weight(2, Gen.of(PROSE_SEPARATORS)),
                Gen.weight(2, secrets().map(Secrets.Secret::text)),
                Gen.weight(1, Gen.anyStrings(0, 8)));
        return piece.joined("", 0, 20);
    }

    private static Gen<String> patternText() {
        return Gen.oneOf(
                Gen.anyStrings(0, 12),
                Gen.of("(", ")", "[", "]", "*", "+", "?", "{2,1}", "\\", "\\p{Foo}", "(?<n>", "a", "(a)", "|", "^", "$", "\\b", ".*", "x*", "(?i)",
                        "\\Q", "\\E", "(?=x)", "[^]", "\\k<n>").joined("", 0, 6));
    }
}
