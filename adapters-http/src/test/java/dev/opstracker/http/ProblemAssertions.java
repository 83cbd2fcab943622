package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks the parts of an RFC 9457 problem every error response must have. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts a problem+json answer with {@code status} in both the status line and the body; returns the body. */
    public static JsonNode assertProblem(ApiReply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).startsWith("/");
        return problem;
    }
}
