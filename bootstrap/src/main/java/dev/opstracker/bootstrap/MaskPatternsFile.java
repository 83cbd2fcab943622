package dev.opstracker.bootstrap;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own mask patterns: a file named by {@value #VARIABLE}, one Java regular expression per
 * line (blank lines and lines starting with {@code #} skipped), added to the built-in secret rules,
 * for what must not leave the system in the clear (internal host names, addresses, customer names):
 * in command lines, environment values and outputs captured, and in the log.
 */
public final class MaskPatternsFile {

    public static final String VARIABLE = "OPSTRACKER_MASK_PATTERNS_FILE";

    private MaskPatternsFile() {
    }

    /** The built-in masker plus the file's patterns; the built-in one alone when {@code file} is null or blank. */
    public static SecretMasker masker(String file) {
        if (file == null || file.isBlank()) {
            return SecretMasker.standard();
        }
        Path path = Path.of(file.strip());
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the mask patterns file %s named by %s".formatted(path, VARIABLE), unreadable);
        }
        List<String> patterns = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                SecretMasker.standard().withPatterns(List.of(line));
            } catch (DomainException.InvalidInput invalid) {
                throw invalid.renamed("%s line %d".formatted(path, index + 1));
            }
            patterns.add(line);
        }
        return SecretMasker.standard().withPatterns(patterns);
    }
}
