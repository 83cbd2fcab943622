package dev.opstracker.http.alert;

import dev.opstracker.http.TestJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real-shaped webhook bodies from {@code src/test/resources/alerts}, and the formats that read them. */
final class AlertFixtures {

    private AlertFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = AlertFixtures.class.getResourceAsStream("/alerts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture alerts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static WebhookJson json() {
        return new WebhookJson(TestJson.mapper());
    }

    static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
