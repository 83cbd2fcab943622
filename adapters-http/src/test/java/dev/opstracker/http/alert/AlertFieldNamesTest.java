package dev.opstracker.http.alert;

import static dev.opstracker.http.alert.AlertFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A value the domain refuses is named where the sender wrote it, not where the alert keeps it (the
 * inputs are those the format properties found named as labels, annotations or links).
 */
class AlertFieldNamesTest {

    private static final String LONE_SURROGATE = "\\ud800";

    private final AlertFormat alertmanager = new AlertmanagerFormat(AlertSource.ALERTMANAGER, AlertFixtures.json());
    private final AlertFormat events = new EventsFormat(AlertFixtures.json());
    private final AlertFormat generic = new GenericFormat(AlertFixtures.json());

    @Test
    void aGroupKeyOrExternalUrlThatIsNoUnicodeIsNamedAtTheTopOfTheDelivery() {
        String alert = "{\"status\": \"firing\", \"labels\": {\"alertname\": \"A\"}}";

        assertRefused(alertmanager, "{\"groupKey\": \"" + LONE_SURROGATE + "\", \"alerts\": [" + alert + "]}", "groupKey");
        assertRefused(alertmanager, "{\"externalURL\": \"" + LONE_SURROGATE + "\", \"alerts\": [" + alert + "]}", "externalURL");
    }

    @Test
    void aSummaryAnnotationThatIsNoUnicodeIsNamedAsTheAnnotationRatherThanTheSummaryMadeOfIt() {
        String json = "{\"alerts\": [{\"status\": \"firing\", \"annotations\": {\"summary\": \"" + LONE_SURROGATE + "\"}}]}";

        assertRefused(alertmanager, json, "alerts[0].annotations.summary");
    }

    @Test
    void aPagerDutyClientOrCustomDetailsOrSourceTheDomainRefusesIsNamedAsSent() {
        String trigger = "{\"routing_key\": \"r\", \"event_action\": \"trigger\", \"dedup_key\": \"k\", %s"
                + "\"payload\": {\"summary\": \"s\", \"source\": \"%s\", \"severity\": \"info\"%s}}";

        assertRefused(events, trigger.formatted("\"client\": \"" + "x".repeat(Alert.MAX_VALUE_LENGTH + 3) + "\",", "h", ""), "client");
        assertRefused(events, trigger.formatted("", "h", ", \"custom_details\": [\"" + LONE_SURROGATE + "\"]"), "payload.custom_details");
        assertRefused(events, trigger.formatted("", LONE_SURROGATE, ""), "payload.source");
    }

    @Test
    void aGenericSourceThatIsNoUnicodeIsNamedByItsPlaceInTheArray() {
        assertRefused(generic, "[{\"title\": \"t\", \"dedup_key\": \"k\", \"source\": \"" + LONE_SURROGATE + "\"}]", "[0].source");
    }

    @Test
    void aGrafanaValueBeyondADoublesRangeIsKeptAsWrittenAndATooLongRefIdIsNamed() throws IOException {
        AlertFormat grafana = new AlertmanagerFormat(AlertSource.GRAFANA, AlertFixtures.json());
        String alert = "{\"status\": \"firing\", \"labels\": {\"alertname\": \"A\"}, \"values\": {%s}}";

        Alert read = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> grafana.read(utf8("{\"alerts\": [" + alert.formatted("\"B\": 1e100000000, \"C\": 1E+3") + "]}")).getFirst());

        assertThat(read.annotations()).containsEntry("values.B", "1E+100000000").containsEntry("values.C", "1000");
        assertRefused(grafana, "{\"alerts\": [" + alert.formatted("\"" + "B".repeat(Alert.MAX_NAME_LENGTH) + "\": 1") + "]}", "alerts[0].values");
    }

    private static void assertRefused(AlertFormat format, String json, String field) {
        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo(field));
    }
}
