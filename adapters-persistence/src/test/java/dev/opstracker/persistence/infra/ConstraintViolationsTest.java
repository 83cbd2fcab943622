package dev.opstracker.persistence.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.shared.DomainException;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** How failed component writes reach callers: lost lock races as retryable conflicts, other failures untouched. */
class ConstraintViolationsTest {

    private static final ComponentPath PATH = ComponentPath.parse("aws/eu-west-1");

    private static Object failWith(SQLException cause) {
        return ConstraintViolations.writing(() -> {
            throw new DataAccessException("SQL [update component ...]; " + cause.getMessage(), cause);
        }, PATH, null, () -> new DomainException.NotFound("component", "1"));
    }

    @Test
    void aDeadlockOnEitherDatabaseIsARetryableConcurrentWriteConflict() {
        assertThatThrownBy(() -> failWith(new SQLException("Deadlock found when trying to get lock", "40001", 1213)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> {
                    assertThat(conflict.reason()).isEqualTo("concurrent-write");
                    assertThat(conflict.getMessage()).contains("try again");
                });
    }

    @Test
    void aLockWaitTimeoutIsTheSameConflictOnH2AndOnMariaDb() {
        assertThatThrownBy(() -> failWith(new SQLException("Timeout trying to lock table \"component\"", "HYT00", 50200)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("concurrent-write"));
        assertThatThrownBy(() -> failWith(new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("concurrent-write"));
    }

    @Test
    void aFailureThatIsNeitherALockRaceNorAConstraintStaysAStorageFailure() {
        assertThatThrownBy(() -> failWith(new SQLException("Connection refused", "08S01", 0)))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aTakenPathIsADuplicatePathConflictNamingIt() {
        assertThatThrownBy(() -> failWith(new SQLException("Duplicate entry 'ab12' for key 'component_path_uk'", "23000", 1062)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> {
                    assertThat(conflict.reason()).isEqualTo("duplicate-path");
                    assertThat(conflict.getMessage()).contains("aws/eu-west-1");
                });
    }
}
