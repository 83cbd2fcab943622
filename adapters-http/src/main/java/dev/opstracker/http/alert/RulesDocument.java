package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The alert rules document of the configuration file and of {@code /api/v1/alerts/rules}: rules
 * in order, then the route every other alert follows. Absent members take the built-in defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RulesDocument(@JsonProperty("rules") List<Rule> rules, @JsonProperty("default") Rule fallback) {

    /** One route; {@code name}, {@code sources} and {@code matchers} do not apply to the default route. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rule(
            @JsonProperty("name") String name,
            @JsonProperty("sources") List<String> sources,
            @JsonProperty("matchers") List<String> matchers,
            @JsonProperty("priorities") Map<String, String> priorities,
            @JsonProperty("closeOnResolve") Boolean closeOnResolve,
            @JsonProperty("refire") String refire,
            @JsonProperty("groupBy") List<String> groupBy,
            @JsonProperty("groupWindow") String groupWindow,
            @JsonProperty("threshold") Threshold threshold,
            @JsonProperty("assignee") String assignee,
            @JsonProperty("client") String client,
            @JsonProperty("project") String project) {
    }

    record Threshold(@JsonProperty("count") int count, @JsonProperty("window") String window) {
    }
}
