package dev.opstracker.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

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

    @Property
    void maskingMaskedTextChangesNothing(@ForAll("textWithSecrets") String text) {
        String once = masker.mask(text);

        assertThat(masker.mask(once)).isEqualTo(once);
    }

    @Property(tries = 400)
    void aSecretOfAnyRuleEmbeddedInProseIsMasked(@ForAll("prose") String before, @ForAll("secrets") Secrets.Secret secret,
            @ForAll("prose") String after, @ForAll("separators") String opening, @ForAll("separators") String closing) {
        String masked = masker.mask(before + opening + secret.text() + closing + after);

        for (String line : secret.hidden().split("\n")) {
            assertThat(masked).as("%s secret %s", secret.rule(), secret.text()).doesNotContain(line);
        }
    }

    @Property
    void proseWithoutSecretsIsLeftAsItIs(@ForAll("prose") String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Property
    void aUsersLiteralPatternLeavesNoOccurrenceBehind(@ForAll @AlphaChars @StringLength(min = 3, max = 12) String word, @ForAll("prose") String before,
            @ForAll("prose") String after) {
        SecretMasker own = masker.withPatterns(List.of(Pattern.quote(word)));

        String masked = own.mask(before + word + after + " " + word);

        assertThat(masked).doesNotContain(word);
        assertThat(own.mask(masked)).isEqualTo(masked);
    }

    @Property
    void anyPatternTextIsTakenOrRefusedAsInvalidInputOnMaskPatternsAndNeverBreaksMasking(@ForAll("patternText") String pattern,
            @ForAll("textWithSecrets") String text) {
        Throwable refused = catchThrowable(() -> masker.withPatterns(List.of(pattern)).mask(text));

        if (refused != null) {
            assertThat(refused).isInstanceOf(DomainException.InvalidInput.class);
            assertThat(((DomainException.InvalidInput) refused).field()).isEqualTo("maskPatterns");
        }
    }

    @Provide
    Arbitrary<Secrets.Secret> secrets() {
        return Arbitraries.oneOf(new ArrayList<>(Secrets.byRule().values()));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" ", "\n", "\t", "  ", " (", ") ", " \"", "\" ", " '", "' ", ", ", ". ", "\n\n", " [", "] ", " {", "} ");
    }

    @Provide
    Arbitrary<String> prose() {
        return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(PROSE_SEPARATORS)).as(String::concat)
                .list().ofMaxSize(12).map(words -> String.join("", words).strip());
    }

    @Provide
    Arbitrary<String> textWithSecrets() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(WORDS)),
                Tuple.of(3, Arbitraries.of(NEAR_MISSES)),
                Tuple.of(2, Arbitraries.of(PROSE_SEPARATORS)),
                Tuple.of(2, secrets().map(Secrets.Secret::text)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)));
        return piece.list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> patternText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("(", ")", "[", "]", "*", "+", "?", "{2,1}", "\\", "\\p{Foo}", "(?<n>", "a", "(a)", "|", "^", "$", "\\b", ".*", "x*", "(?i)",
                        "\\Q", "\\E", "(?=x)", "[^]", "\\k<n>").list().ofMaxSize(6).map(parts -> String.join("", parts)));
    }
}
