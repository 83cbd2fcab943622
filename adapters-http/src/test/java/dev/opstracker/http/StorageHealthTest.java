package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.storage.StorageCondition;
import org.junit.jupiter.api.Test;

class StorageHealthTest {

    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final StorageWatch storage = new StorageWatch(disk, StorageSettings.DEFAULT.withCheckInterval(java.time.Duration.ZERO),
            MutableClock.at("2026-11-20T08:00:00Z"), StorageWatch.Listener.NONE);

    @Test
    void withRoomOnEveryVolumeHealthIsUpAndListsTheVolumesByWhatTheyHoldNeverByPath() {
        try (RunningApi api = RunningApi.startWatching(storage)) {
            ApiReply reply = api.get("/health").bearer(null).send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("UP");
            JsonNode volume = reply.json().get("storage").get("volumes").get(0);
            assertThat(reply.json().get("storage").get("level").asText()).isEqualTo("normal");
            assertThat(volume.get("holds").asText()).isEqualTo("data directory");
            assertThat(volume.get("freeBytes").asLong()).isEqualTo(50 * SettableDiskSpace.GIB);
            assertThat(volume.get("totalBytes").asLong()).isEqualTo(100 * SettableDiskSpace.GIB);
        }
    }

    @Test
    void pastTheWarningLevelHealthAnswers200DegradedSayingWhichVolumeHowMuchIsFreeAndTheThreshold() {
        disk.nearlyFull();
        try (RunningApi api = RunningApi.startWatching(storage)) {
            ApiReply reply = api.get("/health").bearer(null).send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("DEGRADED");
            assertThat(reply.json().get("storage").get("level").asText()).isEqualTo("warning");
            assertThat(reply.json().get("storage").get("reason").asText()).isEqualTo("the data directory's volume has 500.0 MiB free "
                    + "(0.49% of 100.0 GiB), below the warning threshold of 10% or 1.0 GiB of free space, whichever is less");
        }
    }

    @Test
    void pastTheCriticalLevelHealthStaysDegradedWith200SoTheNodeKeepsTakingAlertsAndReads() {
        try (RunningApi api = RunningApi.startWatching(storage)) {
            disk.full();
            ApiReply reply = api.get("/health").bearer(null).send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("DEGRADED");
            assertThat(reply.json().get("storage").get("level").asText()).isEqualTo("critical");
            assertThat(reply.json().get("storage").get("reason").asText()).contains("50.0 MiB free", "below the critical threshold of 2% or 200.0 MiB");
        }
    }

    @Test
    void anUnreachableDatabaseMakesHealthDownWhateverTheStorage() {
        disk.nearlyFull();
        HealthProbe unreachable = new HealthProbe() {
            @Override
            public DatabaseHealth check() {
                return new DatabaseHealth("mariadb", false);
            }

            @Override
            public StorageCondition storage() {
                return storage.condition();
            }
        };
        try (RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), unreachable, new InMemoryTaskStore())) {
            ApiReply reply = api.get("/health").send();

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.text("status")).isEqualTo("DOWN");
            assertThat(reply.json().get("storage").get("level").asText()).isEqualTo("warning");
        }
    }

    @Test
    void storageThatCannotBeMeasuredIsReportedUnknownAndDegradedRatherThanA500() {
        HealthProbe failing = new HealthProbe() {
            @Override
            public DatabaseHealth check() {
                return new DatabaseHealth("h2", true);
            }

            @Override
            public StorageCondition storage() {
                throw new IllegalStateException("statfs failed on /var/lib/opstracker");
            }
        };
        try (RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), failing, new InMemoryTaskStore())) {
            ApiReply reply = api.get("/health").send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("DEGRADED");
            assertThat(reply.json().get("storage").get("level").asText()).isEqualTo("unknown");
            assertThat(reply.body()).doesNotContain("/var/lib/opstracker");
        }
    }
}
