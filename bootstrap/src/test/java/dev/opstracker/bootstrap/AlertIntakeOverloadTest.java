package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.persistence.Database;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alertmanager retries only on 5xx and ignores Retry-After, other senders honour it: an alert
 * endpoint that cannot reach its store must answer 503 with Retry-After (issue 4, "Never drop").
 * Holding every pooled connection is what 200 concurrent senders do to a 10-connection pool on
 * MariaDB (the alert intake benchmark saw "total=10, active=10, idle=0, waiting=189").
 */
class AlertIntakeOverloadTest {

    private static final String DELIVERY = """
            {"version":"4","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"DiskFull","instance":"db-1"},
            "annotations":{"summary":"Disk full on db-1"},"startsAt":"2026-11-25T08:00:00Z","fingerprint":"a6621e909bd22883"}]}""";

    @TempDir
    Path dataDirectory;

    @Test
    void anAlertDeliveryThatCannotGetADatabaseConnectionIsAnswered503WithRetryAfter() throws Exception {
        try (OpsTracker ops = OpsTracker.open(Settings.embedded(dataDirectory).withPort(0))) {
            int port = ops.apiServer().start();
            String token = ops.tokens().issue("alertmanager", Set.of(Scope.ALERTS_WRITE), null).secret();
            List<Connection> held = new ArrayList<>();
            try {
                // The facade does not expose its pool; a test reaching in beats a production accessor made for it.
                Field field = OpsTracker.class.getDeclaredField("database");
                field.setAccessible(true);
                Database database = (Database) field.get(ops);
                while (held.size() < 10) {
                    held.add(database.dataSource().getConnection());
                }

                ApiClient.Reply reply = new ApiClient(port, token).post("/api/v1/alerts/alertmanager", DELIVERY);

                assertThat(reply.status()).as("status; body %s", reply.response().body()).isEqualTo(503);
                assertThat(reply.header("Retry-After")).isNotNull();
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
        }
    }
}
