package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

class ComponentQueryParserProperties {

    private static final Pattern COLUMN = Pattern.compile("at column (\\d+): ");
    /** Pieces of the language, so that random text often comes close to a query and fails deep inside the parser. */
    private static final List<String> FRAGMENTS = List.of("kind:", "service", "provider:", "aws", "on_prem", "under:", "a/b", "/", "tag:", "env",
            "=", "prod", "name~", "*", "?", "~", ":", "(", ")", "|", "-", "\"", "\\\"", "\\", " ", "  ", "\t", "\n", "\u0000", "\uD800", "é", "😀",
            "\u2028", "kind", "KIND:Service");

    @Property
    void anyTextParsesOrIsRefusedAsInvalidInputNamingTheQueryAndAColumnInsideIt(@ForAll("queryLikeText") String text) {
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
    }

    @Property(tries = 20)
    void textLongerThanTheLimitIsRefusedBeforeItIsRead(@ForAll("queryLikeText") String text) {
        String tooLong = "kind:service ".repeat(ComponentQueryParser.MAX_LENGTH / 13 + 1) + text;

        Throwable thrown = catchThrowable(() -> ComponentQueryParser.parse(tooLong));

        assertThat(thrown).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("at most " + ComponentQueryParser.MAX_LENGTH);
    }

    @Property
    void aQueryWrittenAsTextParsesBackToTheSameQuery(@ForAll("queries") ComponentQuery query) {
        String text = QueryText.of(query);
        Assume.that(text.length() <= ComponentQueryParser.MAX_LENGTH);

        assertThat(ComponentQueryParser.parse(text)).as(text).isEqualTo(query);
    }

    @Provide
    Arbitrary<String> queryLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(6))
                .list().ofMaxSize(25).map(list -> String.join("", list));
        return Arbitraries.frequencyOf(
                Tuple.of(6, pieces),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(2, queries().map(QueryText::of).flatMap(ComponentQueryParserProperties::mutated)));
    }

    /** A valid query's text with one character dropped, doubled or replaced: near misses. */
    private static Arbitrary<String> mutated(String text) {
        if (text.isEmpty()) {
            return Arbitraries.just(text);
        }
        return Combinators.combine(Arbitraries.integers().between(0, text.length() - 1), Arbitraries.of(FRAGMENTS), Arbitraries.integers().between(0, 2))
                .as((at, fragment, how) -> switch (how) {
                    case 0 -> text.substring(0, at) + text.substring(at + 1);
                    case 1 -> text.substring(0, at) + fragment + text.substring(at);
                    default -> text.substring(0, at) + fragment + text.substring(at + 1);
                });
    }

    @Provide
    Arbitrary<ComponentQuery> queries() {
        return Arbitraries.recursive(GeneratedTerms::any, deeper -> Arbitraries.oneOf(
                deeper.list().ofMinSize(2).ofMaxSize(3).map(ComponentQuery.AllOf::new),
                deeper.list().ofMinSize(2).ofMaxSize(3).map(ComponentQuery.AnyOf::new),
                deeper.map(ComponentQuery.Not::new)), 0, 4);
    }

    /** Generators of every kind of term, with values anywhere in what the domain accepts. */
    static final class GeneratedTerms {

        private GeneratedTerms() {
        }

        static Arbitrary<ComponentQuery> any() {
            return Arbitraries.oneOf(
                    kinds().map(ComponentQuery.KindIs::new),
                    Arbitraries.of(Provider.class).map(ComponentQuery.ProviderIs::new),
                    paths().map(ComponentQuery.Under::new),
                    tagKeys().map(ComponentQuery.HasTag::new),
                    Combinators.combine(tagKeys(), tagValues()).as(ComponentQuery.TagEquals::new),
                    text().ofMinLength(1).map(ComponentQuery.NameMatches::new));
        }

        static Arbitrary<ComponentKind> kinds() {
            return Combinators.combine(Arbitraries.chars().range('a', 'z'),
                            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMaxLength(39))
                    .as((first, rest) -> new ComponentKind(first + rest));
        }

        static Arbitrary<ComponentPath> paths() {
            Arbitrary<String> name = Combinators.combine(alphanumeric(1), alphanumeric(0).withChars("_.:@+=-").ofMaxLength(20)).as(String::concat);
            return name.list().ofMinSize(1).ofMaxSize(4).map(ComponentPath::new);
        }

        static Arbitrary<String> tagKeys() {
            return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofLength(1),
                    alphanumeric(0).withChars("_./-").ofMaxLength(20)).as(String::concat);
        }

        /** Printable text of any script; a trailing space is left out, since a term is stripped as a whole. */
        static Arbitrary<String> tagValues() {
            return text().ofMaxLength(30).filter(value -> value.isEmpty() || !Character.isWhitespace(value.charAt(value.length() - 1)));
        }

        private static StringArbitrary text() {
            return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00A0', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(30);
        }

        private static StringArbitrary alphanumeric(int length) {
            StringArbitrary letters = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9');
            return length > 0 ? letters.ofLength(length) : letters;
        }
    }
}
