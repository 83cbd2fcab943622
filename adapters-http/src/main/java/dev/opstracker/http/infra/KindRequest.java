package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /api/v1/component-kinds}: a {@code name} (required) and a {@code description}. */
record KindRequest(@JsonProperty("name") String name, @JsonProperty("description") String description) {
}
