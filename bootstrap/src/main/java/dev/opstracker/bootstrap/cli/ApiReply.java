package dev.opstracker.bootstrap.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The API's answer to an {@link ApiCall}: status, headers (names in lower case, first value of each) and the whole body.
 */
public record ApiReply(int status, Map<String, String> headers, byte[] body) {

    public ApiReply {
        headers = Map.copyOf(headers);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The first value of header {@code name} (any case), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
