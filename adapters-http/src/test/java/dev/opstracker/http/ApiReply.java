package dev.opstracker.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** What a client saw: status, headers and the body, parsed as JSON on demand. */
public record ApiReply(HttpResponse<String> response) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public int status() {
        return response.statusCode();
    }

    /** The header's first value, or null. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public String body() {
        return response.body();
    }

    public JsonNode json() {
        try {
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException notJson) {
            throw new AssertionError("expected a JSON body but got: " + response.body(), notJson);
        }
    }

    /** A field of the JSON body as text; null when it is absent or JSON null. */
    public String text(String field) {
        JsonNode value = json().get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        return response.statusCode() + " " + response.headers().map() + " " + response.body();
    }
}
