package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.time.Project;

/** A project as the API shows it; {@code rounding} null when the client's rule applies. */
record ProjectResponse(
        @JsonProperty("client") String client,
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("rounding") RoundingBody rounding) {

    static ProjectResponse from(Project project) {
        return new ProjectResponse(project.client().value(), project.code().value(), project.name(), RoundingBody.from(project.rounding()));
    }
}
