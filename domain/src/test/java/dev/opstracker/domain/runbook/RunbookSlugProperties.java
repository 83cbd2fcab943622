package dev.opstracker.domain.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RunbookSlugProperties {

    @Property
    void everyTitleGivesAValidSlugAndASlugIsItsOwnTitlesSlug(@ForAll("titles") String title) {
        RunbookSlug slug = RunbookSlug.fromTitle(title);

        assertThat(slug.value()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(RunbookSlug.MAX_LENGTH);
        assertThat(RunbookSlug.fromTitle(slug.value())).isEqualTo(slug);
    }

    @Property
    void anyTextIsASlugOrRefusedNamingSlug(@ForAll("titles") String text) {
        Throwable refused = catchThrowable(() -> new RunbookSlug(text));

        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("slug"));
        } else {
            assertThat(RunbookSlug.fromTitle(text).value()).isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.of("Restart web", "Économie d'énergie", "İstanbul DC", "ß straße", "---", "", "😀", "a--b", "Ⅻ", "Ǆ", "ﬁle", "x".repeat(200),
                        "restart-web", "a".repeat(79) + "-b"))
                .injectNull(0.05);
    }
}
