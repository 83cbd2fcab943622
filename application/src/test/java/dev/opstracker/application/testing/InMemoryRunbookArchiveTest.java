package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRunbookArchiveTest {

    private static final RunbookSlug SLUG = new RunbookSlug("free-disk-space");
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00.750Z");

    private final InMemoryRunbookArchive archive = new InMemoryRunbookArchive();

    @Test
    void savesAreNumberedFromOneAndListedNewestFirstWithInstantsToTheSecond() {
        RunbookVersion first = archive.save(SLUG, "a\nb\n", "marcus", "Generated from tasks 1", T0);
        RunbookVersion second = archive.save(SLUG, "a\nc\n", "anna", "Generated from tasks 1, 2", T0.plusSeconds(60));

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.savedAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(second.number()).isEqualTo(2);
        assertThat(archive.versions(SLUG)).containsExactly(second, first);
        assertThat(archive.document(SLUG, 1)).isEqualTo("a\nb\n");
        assertThat(archive.versions(new RunbookSlug("other"))).isEmpty();
    }

    @Test
    void anUnchangedDocumentReturnsTheNewestVersionWithoutANewOne() {
        RunbookVersion first = archive.save(SLUG, "a\n", "marcus", "Generated from tasks 1", T0);

        assertThat(archive.save(SLUG, "a\n", "anna", "Again", T0.plusSeconds(5))).isEqualTo(first);
        assertThat(archive.versions(SLUG)).containsExactly(first);
    }

    @Test
    void aDiffShowsRemovedAndAddedLinesInEitherOrderAndNothingForEqualDocuments() {
        archive.save(SLUG, "a\nb\nc\n", "marcus", "one", T0);
        archive.save(SLUG, "a\nx\nc\n", "marcus", "two", T0);

        assertThat(archive.diff(SLUG, 1, 2)).isEqualTo("--- a/free-disk-space.json\n+++ b/free-disk-space.json\n a\n-b\n+x\n c\n");
        assertThat(archive.diff(SLUG, 2, 1)).contains("-x\n+b\n");
        assertThat(archive.diff(SLUG, 2, 2)).isEmpty();
    }

    @Test
    void aMissingVersionIsNotFoundAndABlankAuthorOrMessageIsRefused() {
        archive.save(SLUG, "a\n", "marcus", "one", T0);

        assertThatThrownBy(() -> archive.document(SLUG, 2)).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("free-disk-space v2");
        assertThatThrownBy(() -> archive.diff(SLUG, 0, 1)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> archive.save(SLUG, "b\n", " ", "two", T0)).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> archive.save(SLUG, "b\n", "marcus", "", T0)).isInstanceOf(DomainException.InvalidInput.class);
    }
}
