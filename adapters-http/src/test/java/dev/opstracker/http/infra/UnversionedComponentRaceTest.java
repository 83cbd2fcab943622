package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.infra.InfraFixtures.MERGE_PATCH;
import static dev.opstracker.http.infra.InfraFixtures.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A component patch is merged in the HTTP adapter; under If-Match: * a lost race is merged again, never a lost update. */
class UnversionedComponentRaceTest {

    private final RacingComponentStore store = new RacingComponentStore();
    private final RunningApi api =
            RunningApi.startWith(RunningApi.defaultSettings(), RunningApi.HEALTHY_H2, new InMemoryTaskStore(), store);
    private final InfraFixtures given = new InfraFixtures(api);
    private final Component aws = given.root("provider", "aws", Provider.AWS);
    private final Component cluster = given.child(aws, "cluster", "prod-eks");

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aPatchWithIfMatchAnyThatLosesARaceKeepsTheOtherWritersChange() {
        store.raceNextUpdate();

        ApiReply reply = patch("{\"tags\": {\"env\": \"prod\"}}", "*");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("tags").get("env").asText()).isEqualTo("prod");
        assertThat(reply.json().get("tags").get("racer").asText()).as("the racer's tag is kept").isEqualTo("won");
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void aPatchWithAVersionThatLosesARaceIsA412() {
        store.raceNextUpdate();

        ApiReply reply = patch("{\"tags\": {\"env\": \"prod\"}}", "\"1\"");

        assertThat(assertProblem(reply, 412).get("reason").asText()).isEqualTo("stale-version");
    }

    private ApiReply patch(String json, String ifMatch) {
        return api.call("PATCH", component(cluster)).header("If-Match", ifMatch).body(MERGE_PATCH, json).send();
    }
}
