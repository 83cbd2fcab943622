package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.BodyProblems;
import dev.opstracker.http.JsonMutations;
import dev.opstracker.http.JsonMutations.Mutated;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property
    void everyValidAlertmanagerDeliveryIsReadIntoAlertsWithTheLabelsSent(@ForAll("alertmanagerPayloads") AlertPayloads.Payload payload) throws IOException {
        assertThat(alertmanager.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels());
    }

    @Property
    void everyValidGrafanaDeliveryIsReadIntoAlertsWithTheLabelsSent(@ForAll("grafanaPayloads") AlertPayloads.Payload payload) throws IOException {
        assertThat(grafana.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels());
    }

    @Property
    void everyValidEventIsReadIntoOneAlertLabelledByItsSourceComponentGroupAndClass(@ForAll("eventPayloads") AlertPayloads.Payload payload)
            throws IOException {
        assertThat(events.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels());
    }

    @Property
    void everyValidGenericAlertIsReadWithItsLabelsAndSource(@ForAll("genericPayloads") AlertPayloads.Payload payload) throws IOException {
        assertThat(generic.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels());
    }

    @Property
    void everyValidGenericArrayIsReadAlertByAlert(@ForAll("genericArrays") AlertPayloads.ArrayPayload payload) throws IOException {
        assertThat(generic.read(JsonMutations.bytes(payload.body()))).extracting(Alert::labels).containsExactlyElementsOf(payload.labels());
    }

    @Property(tries = 200)
    void aChangedAlertmanagerDeliveryIsReadOrRefusedAsABadRequestNamingWhatIsWrong(@ForAll("changedAlertmanager") Mutated delivery) {
        readOrRefused(alertmanager, delivery);
    }

    @Property(tries = 200)
    void aChangedGrafanaDeliveryIsReadOrRefusedAsABadRequestNamingWhatIsWrong(@ForAll("changedGrafana") Mutated delivery) {
        readOrRefused(grafana, delivery);
    }

    @Property(tries = 200)
    void aChangedEventIsReadOrRefusedAsABadRequestNamingWhatIsWrong(@ForAll("changedEvents") Mutated delivery) {
        readOrRefused(events, delivery);
    }

    @Property(tries = 200)
    void aChangedGenericDeliveryIsReadOrRefusedAsABadRequestNamingWhatIsWrong(@ForAll("changedGeneric") Mutated delivery) {
        readOrRefused(generic, delivery);
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

    @Provide
    Arbitrary<AlertPayloads.Payload> alertmanagerPayloads() {
        return AlertPayloads.alertmanager(false);
    }

    @Provide
    Arbitrary<AlertPayloads.Payload> grafanaPayloads() {
        return AlertPayloads.alertmanager(true);
    }

    @Provide
    Arbitrary<AlertPayloads.Payload> eventPayloads() {
        return AlertPayloads.events();
    }

    @Provide
    Arbitrary<AlertPayloads.Payload> genericPayloads() {
        return AlertPayloads.generic();
    }

    @Provide
    Arbitrary<AlertPayloads.ArrayPayload> genericArrays() {
        return AlertPayloads.genericArray();
    }

    @Provide
    Arbitrary<Mutated> changedAlertmanager() {
        return alertmanagerPayloads().flatMap(payload -> JsonMutations.of(payload.body(), 1));
    }

    @Provide
    Arbitrary<Mutated> changedGrafana() {
        return grafanaPayloads().flatMap(payload -> JsonMutations.of(payload.body(), 1));
    }

    @Provide
    Arbitrary<Mutated> changedEvents() {
        return eventPayloads().flatMap(payload -> JsonMutations.of(payload.body(), 1));
    }

    @Provide
    Arbitrary<Mutated> changedGeneric() {
        return Arbitraries.oneOf(genericPayloads().flatMap(payload -> JsonMutations.of(payload.body(), 1)),
                genericArrays().flatMap(payload -> JsonMutations.of(payload.body(), 1)));
    }
}
