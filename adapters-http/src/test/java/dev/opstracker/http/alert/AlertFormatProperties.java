package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import dev.opstracker.http.BodyProblems;
import dev.opstracker.http.JsonMutations;
import dev.opstracker.http.JsonMutations.Mutated;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every format reads every valid delivery into alerts with the labels it was sent with, and a
 * delivery changed for the worse is read anyway or refused as a 400: malformed or mistyped JSON
 * (the Jackson reading exceptions {@code Problems} answers with 400) or a refused value naming its
 * place in the body.
 */
class AlertFormatProperties {

    private static final WebhookJson JSON = AlertFixtures.json();
    private final AlertFormat alertmanager = new AlertmanagerFormat(AlertSource.ALERTMANAGER, JSON);
    private final AlertFormat grafana = new AlertmanagerFormat(AlertSource.GRAFANA, JSON);
    private final AlertFormat events = new EventsFormat(JSON);
    private final AlertFormat generic = new GenericFormat(JSON);

    @Test
    void everyValidAlertmanagerDeliveryIsReadIntoAlertsWithTheLabelsSent() {
        Tries.forAll(AlertPayloads.alertmanager(false), payload ->
                assertThat(alertmanager.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels()));
    }

    @Test
    void everyValidGrafanaDeliveryIsReadIntoAlertsWithTheLabelsSent() {
        Tries.forAll(AlertPayloads.alertmanager(true), payload ->
                assertThat(grafana.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels()));
    }

    @Test
    void everyValidEventIsReadIntoOneAlertLabelledByItsSourceComponentGroupAndClass() {
        Tries.forAll(AlertPayloads.events(), payload ->
                assertThat(events.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels()));
    }

    @Test
    void everyValidGenericAlertIsReadWithItsLabelsAndSource() {
        Tries.forAll(AlertPayloads.generic(), payload ->
                assertThat(generic.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels()));
    }

    @Test
    void everyValidGenericArrayIsReadAlertByAlert() {
        Tries.forAll(AlertPayloads.genericArray(), payload ->
                assertThat(generic.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels()));
    }

    @Test
    void aChangedAlertmanagerDeliveryIsReadOrRefusedAsABadRequestNamingWhatIsWrong() {
        Tries.forAll(200, changed(AlertPayloads.alertmanager(false).map(AlertPayloads.Payload::body)), delivery -> readOrRefused(alertmanager, delivery));
    }

    @Test
    void aChangedGrafanaDeliveryIsReadOrRefusedAsABadRequestNamingWhatIsWrong() {
        Tries.forAll(200, changed(AlertPayloads.alertmanager(true).map(AlertPayloads.Payload::body)), delivery -> readOrRefused(grafana, delivery));
    }

    @Test
    void aChangedEventIsReadOrRefusedAsABadRequestNamingWhatIsWrong() {
        Tries.forAll(200, changed(AlertPayloads.events().map(AlertPayloads.Payload::body)), delivery -> readOrRefused(events, delivery));
    }

    @Test
    void aChangedGenericDeliveryIsReadOrRefusedAsABadRequestNamingWhatIsWrong() {
        Gen<Mutated> changed = Gen.oneOf(changed(AlertPayloads.generic().map(AlertPayloads.Payload::body)),
                changed(AlertPayloads.genericArray().map(AlertPayloads.ArrayPayload::body)));
        Tries.forAll(200, changed, delivery -> readOrRefused(generic, delivery));
    }

    /**
     * The only failures the routes answer with 400 are Jackson's reading exceptions and InvalidInput;
     * a refused value names its place in the body, related to the member that was changed.
     */
    static void readOrRefused(AlertFormat format, Mutated delivery) {
        Throwable thrown = catchThrowable(() -> format.read(delivery.body()));
        if (thrown == null) {
            return;
        }
        assertThat(thrown).as(delivery.toString()).isInstanceOfAny(StreamReadException.class, StreamConstraintsException.class,
                MismatchedInputException.class, JsonMappingException.class, DomainException.InvalidInput.class);
        if (thrown instanceof JsonMappingException mapping && !(thrown instanceof MismatchedInputException)) {
            assertThat(mapping.getCause()).as("%s: only a parser's complaint wrapped by binding is a 400", delivery).isInstanceOf(StreamReadException.class);
        }
        String named = switch (thrown) {
            case DomainException.InvalidInput invalid -> invalid.field();
            case MismatchedInputException mismatched -> JsonMutations.name(mismatched.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? (Object) reference.getFieldName() : (Object) reference.getIndex()).toList());
            default -> null;
        };
        if (thrown instanceof IOException unreadable) {
            assertThat(BodyProblems.describe(unreadable)).as(delivery.toString()).doesNotContain("dev.opstracker", "Exception", "java.");
        }
        if (named != null && !delivery.path().isEmpty() && !(thrown instanceof JsonMappingException mapping && mapping.getPath().isEmpty())) {
            assertThat(related(named, delivery.path())).as("%s names %s", delivery, named).isTrue();
        }
    }

    /** Whether one path lies within the other: a refused member, the object holding it, or a member inside it. */
    private static boolean related(String named, String changed) {
        return named.equals(changed) || named.startsWith(changed + ".") || named.startsWith(changed + "[") || changed.startsWith(named + ".")
                || changed.startsWith(named + "[") || named.equals("body");
    }

    /** Valid deliveries, each changed for the worse by {@link JsonMutations#of}. */
    private static Gen<Mutated> changed(Gen<? extends JsonNode> valid) {
        return valid.flatMap(body -> JsonMutations.of(body, 1));
    }
}
