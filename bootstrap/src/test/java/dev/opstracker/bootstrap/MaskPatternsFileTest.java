package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskPatternsFileTest {

    @TempDir
    Path directory;

    @Test
    void patternsFromTheFileMaskAlongsideTheBuiltInRules() throws IOException {
        Path file = Files.writeString(directory.resolve("masks"), "# internal names\n\n\\b[a-z0-9-]+\\.corp\\.example\\b\n  ACME Corp  \n");

        assertThat(MaskPatternsFile.masker(file.toString()).mask("db-1.corp.example for ACME Corp, token=abcdef123"))
                .isEqualTo("**** for ****, token=****");
    }

    @Test
    void noFileMeansTheBuiltInRulesAlone() {
        assertThat(MaskPatternsFile.masker(null).mask("db-1.corp.example")).isEqualTo("db-1.corp.example");
    }

    @Test
    void aBadPatternIsNamedWithItsFileAndLine() throws IOException {
        Path file = Files.writeString(directory.resolve("masks"), "ok-pattern\n([unclosed\n");

        assertThatThrownBy(() -> MaskPatternsFile.masker(file.toString())).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("line 2").hasMessageContaining("([unclosed");
    }
}
