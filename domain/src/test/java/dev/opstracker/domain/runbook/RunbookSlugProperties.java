package dev.opstracker.domain.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import org.junit.jupiter.api.Test;

class RunbookSlugProperties {

    @Test
    void everyTitleGivesAValidSlugAndASlugIsItsOwnTitlesSlug() {
        Tries.forAll(titles(), title -> {
            RunbookSlug slug = RunbookSlug.fromTitle(title);

            assertThat(slug.value()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(RunbookSlug.MAX_LENGTH);
            assertThat(RunbookSlug.fromTitle(slug.value())).isEqualTo(slug);
        });
    }

    @Test
    void anyTextIsASlugOrRefusedNamingSlug() {
        Tries.forAll(titles(), text -> {
            Throwable refused = catchThrowable(() -> new RunbookSlug(text));

            if (refused != null) {
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("slug"));
            } else {
                assertThat(RunbookSlug.fromTitle(text).value()).isEqualTo(text);
            }
        });
    }

    /** Any text, titles whose letters change under normalisation or case, and a missing title one time in twenty. */
    private static Gen<String> titles() {
        Gen<String> titles = Gen.oneOf(Gen.anyStrings(0, 120),
                Gen.of("Restart web", "Économie d'énergie", "İstanbul DC", "ß straße", "---", "", "😀", "a--b", "Ⅻ", "Ǆ", "ﬁle", "x".repeat(200),
                        "restart-web", "a".repeat(79) + "-b"));
        return Gen.frequency(Gen.weight(19, titles), Gen.weight(1, Gen.just(null)));
    }
}
