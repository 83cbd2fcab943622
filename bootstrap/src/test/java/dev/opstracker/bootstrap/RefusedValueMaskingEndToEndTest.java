package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.logging.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused value that holds a secret lying across the 80 characters shown is masked whole: in the 400 answer and in the log. */
class RefusedValueMaskingEndToEndTest {

    /** Recognised only whole (ghp_ and 36 characters): cut short, the masker would let its start through. */
    private static final String TOKEN = "ghp_" + "Zq8Xw3Lr5Tn7Vb9Md2Kf4Hj6Gp1Sc0Ya8Ue3";

    @TempDir
    Path dataDirectory;

    @Test
    void aTooLongTitleWithATokenAcrossTheCutIsAnsweredAndLoggedWithTheTokenMaskedWhole() throws Exception {
        String title = "x".repeat(60) + " " + TOKEN + " " + "y".repeat(200);
        try (LogCapture log = LogCapture.start("text");
                RunningServer server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0))) {
            ApiClient api = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());

            ApiClient.Reply refused = api.post("/api/v1/tasks", "{\"title\": \"%s\"}".formatted(title));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("field").asText()).isEqualTo("title");
            assertThat(refused.json().get("value").asText()).startsWith("x".repeat(60) + " ghp_****").hasSizeLessThanOrEqualTo(80);
            assertThat(refused.json().toString()).doesNotContain("ghp_Zq");
            assertThat(log.output()).doesNotContain("ghp_Zq");
        }
    }
}
