package dev.opstracker.http.alert;

import static dev.opstracker.http.alert.AlertFixtures.bytes;
import static dev.opstracker.http.alert.AlertFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericFormatTest {

    private final GenericFormat format = new GenericFormat(AlertFixtures.json());

    @Test
    void oneObjectIsOneAlertIdentifiedByTheHashOfTheBody() throws IOException {
        byte[] body = bytes("generic-single.json");

        Alert alert = format.read(body).getFirst();

        assertThat(alert.source()).isEqualTo(AlertSource.GENERIC);
        assertThat(alert.dedupKey()).isEqualTo("backup/db-1");
        assertThat(alert.eventKey()).isEqualTo("sha256:" + Sha256.hex(body));
        assertThat(alert.summary()).isEqualTo("Nightly backup of db-1 failed");
        assertThat(alert.severity()).isEqualTo(Severity.ERROR);
        assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(alert.labels()).containsEntry("source", "db-1.example.com").containsEntry("team", "dba").containsEntry("job", "backup");
        assertThat(alert.annotations()).containsEntry("description", "pg_dump exited with status 1").containsKey("log");
        assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
    }

    @Test
    void anArrayIsOneAlertPerElementWithDefaults() throws IOException {
        List<Alert> alerts = format.read(bytes("generic-array.json"));

        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(alerts.get(0).status()).isEqualTo(AlertStatus.FIRING);
        assertThat(alerts.get(0).eventKey()).startsWith("sha256:");
        assertThat(alerts.get(1).status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(alerts.get(1).eventKey()).isEqualTo("backup-run-20261120");
        assertThat(alerts.get(1).endsAt()).isEqualTo(Instant.parse("2026-11-20T03:10:00Z"));
    }

    @Test
    void theSameElementInAnotherArrayIsTheSameEvent() throws IOException {
        String element = "{\"title\": \"t\", \"dedup_key\": \"k\"}";

        Alert alone = format.read(utf8("[" + element + "]")).getFirst();
        Alert withOthers = format.read(utf8("[{\"title\": \"u\", \"dedup_key\": \"j\"},\n  " + element + "]")).get(1);

        assertThat(withOthers.eventKey()).isEqualTo(alone.eventKey());
    }

    @Test
    void titleAndDedupKeyAreRequired() {
        assertThatThrownBy(() -> format.read(utf8("{\"dedup_key\": \"k\"}"))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("title"));
        assertThatThrownBy(() -> format.read(utf8("[{\"title\": \"t\", \"dedup_key\": \"k\"}, {\"title\": \"t\"}]")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("[1].dedup_key"));
    }

    @Test
    void aDedupKeyOver512CharactersIsRefusedByItsWireName() {
        String json = "{\"title\": \"t\", \"dedup_key\": \"" + "k".repeat(513) + "\"}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("dedup_key"));
    }

    @Test
    void severityAndStatusAreChosenFromTheirLists() {
        assertThatThrownBy(() -> format.read(utf8("{\"title\": \"t\", \"dedup_key\": \"k\", \"severity\": \"urgent\"}")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("severity"));
        assertThatThrownBy(() -> format.read(utf8("[{\"title\": \"t\", \"dedup_key\": \"k\", \"status\": \"gone\"}]")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("[0].status");
                    assertThat(invalid.getMessage()).contains("firing, acknowledged, resolved");
                });
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> format.read(utf8("{\"title\": \"t\", \"dedup_key\": \"k\", \"sevrity\": \"info\"}")))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void aBodyThatIsNeitherObjectNorArrayIsRefused() {
        assertThatThrownBy(() -> format.read(utf8("\"alert!\""))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("body"));
        assertThatThrownBy(() -> format.read(utf8("[null]"))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("[0]"));
    }
}
