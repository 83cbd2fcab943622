package dev.opstracker.domain.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookModelTest {

    @Test
    void aStepCommandNeedsACommandLineAndABoundedExcerpt() {
        assertThatThrownBy(() -> new StepCommand(" ", null, "", 0))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("command"));
        assertThatThrownBy(() -> new StepCommand("uptime", null, "x".repeat(StepCommand.MAX_EXCERPT_LENGTH + 1), 0))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("expectedOutput"));
        assertThat(new StepCommand("uptime", null, null, 0).expectedOutput()).isEmpty();
    }

    @Test
    void aVariableHasALowerCaseName() {
        assertThatThrownBy(() -> new RunbookVariable("Host", "", List.of()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("Host"));
    }

    @Test
    void aRunbookNeedsATitle() {
        RunbookScope scope = RunbookScope.of(java.util.Set.of(), java.util.Set.of(), java.util.Map.of());
        assertThatThrownBy(() -> new Runbook(new RunbookSlug("x"), " ", "", scope, List.of(), List.of(), List.of(), List.of(), null,
                List.of(dev.opstracker.domain.task.TaskId.of(1))))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("title"));
    }

    @Test
    void aSlugFromAnAccentedOrOverlongTitleIsCleanedAndCut() {
        assertThat(RunbookSlug.fromTitle("Redémarrer l'API !").value()).isEqualTo("redemarrer-l-api");
        assertThat(RunbookSlug.fromTitle("a-".repeat(60)).value()).hasSizeLessThanOrEqualTo(RunbookSlug.MAX_LENGTH).doesNotEndWith("-");
        assertThat(RunbookSlug.fromTitle("!!!").value()).isEqualTo("runbook");
        assertThatThrownBy(() -> new RunbookSlug("Bad Slug")).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void versionsCountFromOne() {
        RunbookSlug slug = new RunbookSlug("restart-api");
        assertThat(new RunbookVersion(slug, 1, "abc123", "ops", "From tasks 1, 2", Instant.EPOCH).number()).isOne();
        assertThatThrownBy(() -> new RunbookVersion(slug, 0, "abc123", "ops", "m", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
