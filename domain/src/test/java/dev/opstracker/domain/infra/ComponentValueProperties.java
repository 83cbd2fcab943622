package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The texts a component is described by in imports, queries and patches: paths, tags, kinds and providers. */
class ComponentValueProperties {

    @Property
    void aPathWrittenOutReadsBackAsTheSamePath(@ForAll("paths") ComponentPath path) {
        assertThat(ComponentPath.parse(" /" + path + "/ ")).isEqualTo(path);
    }

    @Property
    void aTagWrittenAsKeyEqualsValueReadsBackAsTheSameTag(@ForAll("tagKeys") String key, @ForAll("tagValues") String value) {
        assertThat(Tags.parse(key + "=" + value)).isEqualTo(Map.entry(key, value));
    }

    @Property
    void anyTextIsAPathATagAKindAndAProviderOrRefusedAsInvalidInputNamingItsField(@ForAll("text") String text) {
        assertReadOrRefused(() -> ComponentPath.parse(text), Set.of("path"));
        assertReadOrRefused(() -> Tags.parse(text), Set.of("tags", "tags." + text.split("=", 2)[0].strip()));
        assertReadOrRefused(() -> ComponentKind.parse(text), Set.of("kind"));
        assertReadOrRefused(() -> Provider.parse("provider", text), Set.of("provider"));
    }

    private static void assertReadOrRefused(Runnable read, Set<String> fields) {
        Throwable refused = catchThrowable(read::run);
        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isIn(fields));
        }
    }

    @Provide
    Arbitrary<ComponentPath> paths() {
        return ComponentQueryParserProperties.GeneratedTerms.paths();
    }

    @Provide
    Arbitrary<String> tagKeys() {
        return ComponentQueryParserProperties.GeneratedTerms.tagKeys();
    }

    @Provide
    Arbitrary<String> tagValues() {
        return ComponentQueryParserProperties.GeneratedTerms.tagValues();
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Combinators.combine(tagKeys(), Arbitraries.of("=", "==", " = ", "=\u0000", "=\uD800")).as(String::concat),
                Arbitraries.of("a//b", "/", " ", "", "a/" + "b/".repeat(40), "x".repeat(200), "ON_PREM", "onprem", "Service", "kind-", "1abc"));
    }
}
