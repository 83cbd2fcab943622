package dev.opstracker.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An RFC 9457 problem details body. {@code field} and {@code value} name rejected input,
 * {@code reason} the machine-readable cause of a conflict; absent members are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(
        @JsonProperty("type") String type,
        @JsonProperty("title") String title,
        @JsonProperty("status") int status,
        @JsonProperty("detail") String detail,
        @JsonProperty("instance") String instance,
        @JsonProperty("field") String field,
        @JsonProperty("value") String value,
        @JsonProperty("reason") String reason) {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String NO_TYPE = "about:blank";

    static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null);
    }

    /** A problem that means no more than its status code, so its title is the status phrase (RFC 9457 section 4.2.1). */
    static Problem ofStatus(int status, String statusPhrase, String detail) {
        return new Problem(NO_TYPE, statusPhrase, status, detail, null, null, null, null);
    }

    Problem withField(String fieldName, String rejectedValue) {
        return new Problem(type, title, status, detail, instance, fieldName, rejectedValue, reason);
    }

    Problem withReason(String conflictReason) {
        return new Problem(type, title, status, detail, instance, field, value, conflictReason);
    }

    Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, field, value, reason);
    }
}
