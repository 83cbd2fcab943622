package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

final class DatabaseTest {

    @TempDir
    Path directory;

    @Test
    void theDialectFollowsTheUrlScheme() {
        assertThat(Vendor.ofUrl("jdbc:h2:mem:x").dialect()).isEqualTo(SQLDialect.H2);
        assertThat(Vendor.ofUrl("jdbc:mariadb://db.example:3306/opstracker").dialect()).isEqualTo(SQLDialect.MARIADB);
        assertThat(Vendor.ofUrl("jdbc:mariadb://db.example:3306/opstracker").id()).isEqualTo("mariadb");
    }

    @Test
    void anUnsupportedSchemeIsRejectedNamingTheSchemeButNothingElseOfTheUrl() {
        assertThatThrownBy(() -> new Database("jdbc:postgresql://db.example/ops?password=hunter2", "ops", "s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jdbc:postgresql'")
                .hasMessageContaining("jdbc:h2:")
                .hasMessageContaining("jdbc:mariadb:")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("db.example")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> new Database("mysql://root:hunter2@db/ops", null, null))
                .hasMessageContaining("'mysql'")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> new Database("opstracker", null, null)).hasMessageContaining("'(none)'");
    }

    @Test
    void theEmbeddedDatabaseIsAnH2FileInMariaDbModeUnderTheDataDirectory() {
        String url = Database.embeddedUrl(directory);

        assertThat(url).startsWith("jdbc:h2:file:" + directory.toAbsolutePath().resolve("opstracker") + ";")
                .contains(";MODE=MariaDB;DATABASE_TO_LOWER=TRUE")
                .as("a commit is on disk before it is answered").contains(";WRITE_DELAY=0")
                .doesNotContain("AUTO_SERVER");
    }

    @Test
    void theEmbeddedDatabaseWritesEachCommitToItsFileBeforeTheCommitReturns() {
        assertThat(Database.embeddedUrl(directory)).contains(";WRITE_DELAY=0");
    }

    @Test
    void checkingAConnectionTakesHalfTheConnectionTimeoutAtMostASecondAndAtLeastHikarisFloor() {
        assertThat(new PoolSettings(10, Duration.ofSeconds(2)).validationTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new PoolSettings(10, Duration.ofSeconds(30)).validationTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new PoolSettings(10, Duration.ofMillis(800)).validationTimeout()).isEqualTo(Duration.ofMillis(400));
        assertThat(new PoolSettings(10, Duration.ofMillis(250)).validationTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> new PoolSettings(10, Duration.ofMillis(249))).hasMessageContaining("PT0.249S");
        assertThatThrownBy(() -> new PoolSettings(0, Duration.ofSeconds(2))).hasMessageContaining("maximumSize 0");
    }

    @Test
    void aDataDirectoryThatWouldBreakTheUrlIsRejected() {
        assertThatThrownBy(() -> Database.embeddedUrl(directory.resolve("a;b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("';'");
    }

    @Test
    void anOpenEmbeddedDatabaseIsReachableAndAClosedOneIsNot() {
        Database database = Database.embedded(directory.resolve("not-yet-created"));

        assertThat(database.kind()).isEqualTo("h2");
        assertThat(database.dsl().dialect()).isEqualTo(SQLDialect.H2);
        assertThat(database.isReachable()).isTrue();
        database.close();
        assertThat(database.isReachable()).isFalse();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
    void aMariaDbUrlGivesAReachableMariaDbDatabase() {
        try (MariaDbTestDatabase mariaDb = MariaDbTestDatabase.createEmpty()) {
            assertThat(mariaDb.database().kind()).isEqualTo("mariadb");
            assertThat(mariaDb.database().dsl().dialect()).isEqualTo(SQLDialect.MARIADB);
            assertThat(mariaDb.database().isReachable()).isTrue();
        }
    }

    @Test
    void aTestDatabaseUrlGetsTheTestDatabaseNameWhateverPathItHad() {
        assertThat(MariaDbTestDatabase.urlOf("jdbc:mariadb://127.0.0.1:3306/?user=root", "t1"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/t1?user=root");
        assertThat(MariaDbTestDatabase.urlOf("jdbc:mariadb://127.0.0.1:3306?user=root", "t1"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/t1?user=root");
        assertThat(MariaDbTestDatabase.urlOf("jdbc:mariadb://db/other", "t1")).isEqualTo("jdbc:mariadb://db/t1");
    }
}
