package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /api/v1/tasks/{id}/components}: the component and the role (affected, cause or changed). */
record LinkComponentRequest(
        @JsonProperty("componentId") Long componentId,
        @JsonProperty("role") String role) {
}
