package dev.opstracker.http.alert;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.alert.AlertFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadLetterRoutesTest {

    private static final String DEAD_LETTERS = "/api/v1/alerts/dead-letters";

    private final RunningApi api = RunningApi.start();
    private final String sender = api.issue(Scope.ALERTS_WRITE);
    private final String reader = api.issue(Scope.ALERTS_READ);

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aDeliveryThatIsNotJsonIsAnswered400AndKeptAsADeadLetterWithItsProblem() {
        assertProblem(send(AlertWebhookRoutesTest.GRAFANA, "{\"alerts\": [ nope"), 400);

        JsonNode listed = api.get(DEAD_LETTERS).bearer(reader).send().json();

        assertThat(listed.get("total").asLong()).isEqualTo(1);
        JsonNode letter = listed.get("items").get(0);
        assertThat(letter.get("source").asText()).isEqualTo("grafana");
        assertThat(letter.get("problem").asText()).contains("not valid JSON");
        assertThat(letter.get("body").asText()).isEqualTo("{\"alerts\": [ nope");
        assertThat(letter.get("replayedAt").isNull()).isTrue();
    }

    @Test
    void aValueTheIntakeRefusesIsKeptTooAndTheListingMasksSecrets() {
        String badStatus = text("alertmanager-v4-firing.json").replace("\"status\": \"firing\"", "\"status\": \"burning\"")
                .replace("\"receiver\"", "\"password\": \"hunter2222\", \"receiver\"");
        assertProblem(send(AlertWebhookRoutesTest.ALERTMANAGER, badStatus), 400);

        JsonNode letter = api.get(DEAD_LETTERS).bearer(reader).send().json().get("items").get(0);

        assertThat(letter.get("source").asText()).isEqualTo("alertmanager");
        assertThat(letter.get("body").asText()).contains("\"password\": \"****\"").doesNotContain("hunter2222");
        assertThat(api.deadLetters().get(letter.get("id").asLong()).body()).asString().contains("hunter2222");
    }

    @Test
    void aReplayAppliesTheKeptBytesAndMarksTheLetter() {
        String body = text("generic-single.json");
        long id = api.deadLetters().reject(AlertSource.GENERIC, body.getBytes(StandardCharsets.UTF_8), "store was down").id();

        ApiReply replayed = api.post(DEAD_LETTERS + "/" + id + "/replay", "").bearer(sender).send();

        assertThat(replayed.status()).as("%s", replayed).isEqualTo(200);
        assertThat(replayed.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("opened");
        JsonNode letter = api.get(DEAD_LETTERS + "/" + id).bearer(reader).send().json();
        assertThat(letter.get("replayedAt").isNull()).isFalse();
    }

    @Test
    void aLetterThatIsStillRefusedOnReplayStaysAsItIsWithoutASecondLetter() {
        send(AlertWebhookRoutesTest.GENERIC, "[1, 2]");
        long id = api.deadLetters().list(PageRequest.firstDefault()).items().get(0).id();

        assertProblem(api.post(DEAD_LETTERS + "/" + id + "/replay", "").bearer(sender).send(), 400);

        assertThat(api.deadLetters().list(PageRequest.firstDefault()).total()).isEqualTo(1);
        assertThat(api.deadLetters().get(id).replayed()).isFalse();
    }

    @Test
    void unknownOrMalformedLetterIdsAreNamedAndTheRoutesNeedTheirScopes() {
        assertProblem(api.get(DEAD_LETTERS + "/42").bearer(reader).send(), 404);
        JsonNode bad = assertProblem(api.get(DEAD_LETTERS + "/x1").bearer(reader).send(), 400);
        assertThat(bad.get("field").asText()).isEqualTo("id");
        assertProblem(api.get(DEAD_LETTERS + "/0").bearer(reader).send(), 400);
        assertProblem(api.get(DEAD_LETTERS).bearer(sender).send(), 403);
        assertProblem(api.post(DEAD_LETTERS + "/1/replay", "").bearer(reader).send(), 403);
        assertProblem(api.get(DEAD_LETTERS).bearer(null).send(), 401);
    }

    private ApiReply send(String path, String json) {
        return api.post(path, json).bearer(sender).send();
    }
}
