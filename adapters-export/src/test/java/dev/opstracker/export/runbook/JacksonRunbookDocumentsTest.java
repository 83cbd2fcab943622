package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookDocuments.Form;
import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class JacksonRunbookDocumentsTest {

    private final RunbookDocuments documents = new JacksonRunbookDocuments();
    private final Runbook runbook = RunbookFixtures.highDiskUsage();

    @Test
    void eachFormIsRenderedByItsWriter() {
        assertThat(documents.render(runbook, Form.JSON)).isEqualTo(new JsonRunbookWriter().render(runbook));
        assertThat(documents.render(runbook, Form.MARKDOWN)).isEqualTo(new MarkdownRunbookWriter().render(runbook));
        assertThat(documents.render(runbook, Form.RUNDECK_YAML)).isEqualTo(new RundeckYamlWriter().render(runbook));
    }

    @Test
    void theCanonicalDocumentIsTheJsonAndReadsBackEqualToTheRunbook() {
        String canonical = documents.canonical(runbook);

        assertThat(canonical).isEqualTo(documents.render(runbook, Form.JSON)).contains(JsonRunbookWriter.SCHEMA);
        assertThat(documents.read(canonical)).isEqualTo(runbook);
    }

    @Test
    void aDocumentThatIsNotARunbookIsRefusedAsInvalidInput() {
        assertThatThrownBy(() -> documents.read("{\"schema\": \"something/else\"}")).isInstanceOf(DomainException.InvalidInput.class);
    }
}
