package dev.opstracker.http.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON reading for webhook bodies. Senders' own formats are read tolerantly: Alertmanager, Grafana
 * and PagerDuty add fields in new releases, and refusing one would drop alerts, so unknown fields
 * are ignored. Known fields keep the API's strict types, so a wrong type is still a 400 naming its
 * path. OpsTracker's own generic shape is read strictly, like the rest of the API.
 */
final class WebhookJson {

    private final ObjectMapper mapper;
    private final ObjectReader tolerant;
    private final ObjectReader exact;

    WebhookJson(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.tolerant = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.exact = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * The body as a tree, with numbers as sent: a number beyond a double's range (Grafana's values are
     * free) would become Infinity, which no field can hold. Jackson's complaints about malformed JSON
     * become 400s in the parent package.
     */
    JsonNode tree(byte[] body) throws IOException {
        return exact.readTree(body);
    }

    /** A JSON object bound to a sender's format, ignoring fields this version does not know. */
    <T> T bindTolerantly(JsonNode object, Class<T> type) throws IOException {
        requireObject("body", object, "expected a JSON object");
        return tolerant.forType(type).readValue(object);
    }

    /** JSON bound to OpsTracker's own shape, checked by the caller to be an object or array: unknown fields are refused and listed. */
    <T> T bindStrictly(JsonNode node, Class<T> type) throws IOException {
        return mapper.readerFor(type).readValue(node);
    }

    <T> T bindStrictly(JsonNode node, TypeReference<T> type) throws IOException {
        return mapper.readerFor(type).readValue(node);
    }

    /** The compact JSON text of a node, for hashing one element of a larger body. */
    byte[] bytesOf(JsonNode node) throws JsonProcessingException {
        return mapper.writeValueAsBytes(node);
    }

    static void requireObject(String field, JsonNode node, String expectation) {
        if (node == null || !node.isObject()) {
            String type = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new DomainException.InvalidInput(field, type, expectation);
        }
    }
}
