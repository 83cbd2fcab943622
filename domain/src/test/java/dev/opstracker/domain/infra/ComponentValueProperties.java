package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The texts a component is described by in imports, queries and patches: paths, tags, kinds and providers. */
class ComponentValueProperties {

    @Test
    void aPathWrittenOutReadsBackAsTheSamePath() {
        Tries.forAll(ComponentQueryParserProperties.GeneratedTerms.paths(), path -> assertThat(ComponentPath.parse(" /" + path + "/ ")).isEqualTo(path));
    }

    @Test
    void aTagWrittenAsKeyEqualsValueReadsBackAsTheSameTag() {
        Tries.forAll(ComponentQueryParserProperties.GeneratedTerms.tagKeys(), ComponentQueryParserProperties.GeneratedTerms.tagValues(),
                (key, value) -> assertThat(Tags.parse(key + "=" + value)).isEqualTo(Map.entry(key, value)));
    }

    @Test
    void anyTextIsAPathATagAKindAndAProviderOrRefusedAsInvalidInputNamingItsField() {
        Tries.forAll(text(), text -> {
            assertReadOrRefused(() -> ComponentPath.parse(text), Set.of("path"));
            assertReadOrRefused(() -> Tags.parse(text), Set.of("tags", "tags." + text.split("=", 2)[0].strip()));
            assertReadOrRefused(() -> ComponentKind.parse(text), Set.of("kind"));
            assertReadOrRefused(() -> Provider.parse("provider", text), Set.of("provider"));
        });
    }

    private static void assertReadOrRefused(Runnable read, Set<String> fields) {
        Throwable refused = catchThrowable(read::run);
        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isIn(fields));
        }
    }

    private static Gen<String> text() {
        return Gen.oneOf(Gen.anyStrings(0, 40),
                Gen.combine(ComponentQueryParserProperties.GeneratedTerms.tagKeys(), Gen.of("=", "==", " = ", "=\u0000", "=\uD800"), String::concat),
                Gen.of("a//b", "/", " ", "", "a/" + "b/".repeat(40), "x".repeat(200), "ON_PREM", "onprem", "Service", "kind-", "1abc"));
    }
}
