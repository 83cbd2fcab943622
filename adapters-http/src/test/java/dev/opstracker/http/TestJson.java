package dev.opstracker.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The API's own Jackson configuration, for tests of the feature packages that read JSON outside a server. */
public final class TestJson {

    private TestJson() {
    }

    public static ObjectMapper mapper() {
        return JsonMapping.create();
    }
}
