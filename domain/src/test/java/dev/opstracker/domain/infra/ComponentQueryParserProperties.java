package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ComponentQueryParserProperties {

    private static final Pattern COLUMN = Pattern.compile("at column (\\d+): ");
    /** Pieces of the language, so that random text often comes close to a query and fails deep inside the parser. */
    private static final List<String> FRAGMENTS = List.of("kind:", "service", "provider:", "aws", "on_prem", "under:", "a/b", "/", "tag:", "env",
            "=", "prod", "name~", "*", "?", "~", ":", "(", ")", "|", "-", "\"", "\\\"", "\\", " ", "  ", "\t", "\n", "\u0000", "\uD800", "é", "😀",
            "\u2028", "kind", "KIND:Service");
    /** How deep a generated query nests groups and negations: up to four levels, up to 81 terms. */
    private static final int MAX_DEPTH = 4;

    @Test
    void anyTextParsesOrIsRefusedAsInvalidInputNamingTheQueryAndAColumnInsideIt() {
        Tries.forAll(queryLikeText(), text -> {
            Throwable thrown = catchThrowable(() -> ComponentQueryParser.parse(text));

            if (thrown == null) {
                return;
            }
            assertThat(thrown).isInstanceOf(DomainException.InvalidInput.class);
            DomainException.InvalidInput invalid = (DomainException.InvalidInput) thrown;
            assertThat(invalid.field()).isEqualTo("q");
            Matcher column = COLUMN.matcher(invalid.getMessage());
            assertThat(column.find()).as("the message names a column: %s", invalid.getMessage()).isTrue();
            assertThat(Integer.parseInt(column.group(1))).isBetween(1, text.length() + 1);
        });
    }

    @Test
    void textLongerThanTheLimitIsRefusedBeforeItIsRead() {
        Tries.forAll(20, queryLikeText(), text -> {
            String tooLong = "kind:service ".repeat(ComponentQueryParser.MAX_LENGTH / 13 + 1) + text;

            Throwable thrown = catchThrowable(() -> ComponentQueryParser.parse(tooLong));

            assertThat(thrown).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("at most " + ComponentQueryParser.MAX_LENGTH);
        });
    }

    @Test
    void aQueryWrittenAsTextParsesBackToTheSameQuery() {
        Tries.forAll(queries(), query -> {
            String text = QueryText.of(query);
            // A deep tree of long terms can outgrow the limit; the limit has a property of its own.
            if (text.length() > ComponentQueryParser.MAX_LENGTH) {
                return;
            }

            assertThat(ComponentQueryParser.parse(text)).as(text).isEqualTo(query);
        });
    }

    private static Gen<String> queryLikeText() {
        Gen<String> pieces = Gen.oneOf(Gen.of(FRAGMENTS), Gen.anyStrings(0, 6)).joined("", 0, 25);
        return Gen.frequency(
                Gen.weight(6, pieces),
                Gen.weight(2, Gen.anyStrings(0, 60)),
                Gen.weight(2, queries().map(QueryText::of).flatMap(ComponentQueryParserProperties::mutated)));
    }

    /** A valid query's text with one character dropped, doubled or replaced: near misses. */
    private static Gen<String> mutated(String text) {
        if (text.isEmpty()) {
            return Gen.just(text);
        }
        return Gen.combine(Gen.ints(0, text.length() - 1), Gen.of(FRAGMENTS), Gen.ints(0, 2), (at, fragment, how) -> switch (how) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + fragment + text.substring(at);
            default -> text.substring(0, at) + fragment + text.substring(at + 1);
        });
    }

    /** Trees of terms, nested 0 to 4 levels deep, every leaf at the chosen depth. */
    private static Gen<ComponentQuery> queries() {
        return Gen.ints(0, MAX_DEPTH).flatMap(ComponentQueryParserProperties::queries);
    }

    private static Gen<ComponentQuery> queries(int depth) {
        if (depth == 0) {
            return GeneratedTerms.any();
        }
        Gen<ComponentQuery> deeper = queries(depth - 1);
        return Gen.oneOf(
                deeper.list(2, 3).map(ComponentQuery.AllOf::new),
                deeper.list(2, 3).map(ComponentQuery.AnyOf::new),
                deeper.map(ComponentQuery.Not::new));
    }

    /** Generators of every kind of term, with values anywhere in what the domain accepts. */
    static final class GeneratedTerms {

        private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
        private static final String LETTERS = LOWER + "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private static final String ALPHANUMERIC = LETTERS + "0123456789";

        private GeneratedTerms() {
        }

        static Gen<ComponentQuery> any() {
            return Gen.oneOf(
                    kinds().map(ComponentQuery.KindIs::new),
                    Gen.of(Provider.values()).map(ComponentQuery.ProviderIs::new),
                    paths().map(ComponentQuery.Under::new),
                    tagKeys().map(ComponentQuery.HasTag::new),
                    Gen.combine(tagKeys(), tagValues(), ComponentQuery.TagEquals::new),
                    text(1, 30).map(ComponentQuery.NameMatches::new));
        }

        static Gen<ComponentKind> kinds() {
            return Gen.combine(Gen.chars(LOWER), Gen.strings(LOWER + "0123456789-", 0, 39), (first, rest) -> new ComponentKind(first + rest));
        }

        static Gen<ComponentPath> paths() {
            Gen<String> name = Gen.combine(Gen.strings(ALPHANUMERIC, 1, 1), Gen.strings(ALPHANUMERIC + "_.:@+=-", 0, 20), String::concat);
            return name.list(1, 4).map(ComponentPath::new);
        }

        static Gen<String> tagKeys() {
            return Gen.combine(Gen.strings(LETTERS, 1, 1), Gen.strings(ALPHANUMERIC + "_./-", 0, 20), String::concat);
        }

        /** Printable text of any script; a trailing space is left out, since a term is stripped as a whole. */
        static Gen<String> tagValues() {
            return text(0, 30).filter(value -> value.isEmpty() || !Character.isWhitespace(value.charAt(value.length() - 1)));
        }

        /** Printable ASCII, then the rest of the Basic Multilingual Plane without surrogates, each of the three ranges as likely. */
        private static Gen<String> text(int min, int max) {
            return Gen.oneOf(range(' ', '~'), range('\u00A0', '\uD7FF'), range('\uE000', '\uFFFD')).joined("", min, max);
        }

        private static Gen<Character> range(char first, char last) {
            return random -> (char) random.nextInt(first, last + 1);
        }
    }
}
