package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DiskFullTranslationTest {

    private final List<SQLException> heard = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    private final Connection driverConnection = fake(Connection.class, (method, arguments) -> null);
    /** A connection whose commit fails as H2's does on a full disk, and whose statements fail with a key violation. */
    private final Connection connection = fake(Connection.class, (method, arguments) -> switch (method) {
        case "commit" -> throw new SQLException("General error", "HY000", 50000, new java.io.IOException("No space left on device"));
        case "prepareStatement" -> fake(PreparedStatement.class, (statementMethod, statementArguments) -> {
            throw new SQLException("Unique index or primary key violation", "23505", 23505);
        });
        case "unwrap" -> driverConnection;
        default -> null;
    });
    private final DataSource dataSource = DiskFullTranslation.wrap(fake(DataSource.class, (method, arguments) -> connection), Vendor.H2, heard::add);

    @FunctionalInterface
    private interface Behaviour {
        Object call(String method, Object[] arguments) throws Throwable;
    }

    private <T> T fake(Class<T> type, Behaviour behaviour) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            calls.add(type.getSimpleName() + "." + method.getName());
            return behaviour.call(method.getName(), arguments);
        }));
    }

    @Test
    void aCommitRefusedForWantOfSpaceLeavesAsStorageFullCarryingTheDatabasesErrorAndIsHeardFirst() throws SQLException {
        Connection wrapped = dataSource.getConnection();

        assertThatThrownBy(wrapped::commit).isInstanceOfSatisfying(DomainException.StorageFull.class, full -> {
            assertThat(full).hasMessageContaining("the database's disk is full").hasMessageContaining("reading still works");
            assertThat(full.getCause()).isInstanceOf(SQLException.class).hasRootCauseMessage("No space left on device");
        });
        assertThat(heard).singleElement().extracting(SQLException::getErrorCode).isEqualTo(50000);
    }

    @Test
    void statementsAreWrappedAndTheirOtherFailuresPassUnchanged() throws SQLException {
        PreparedStatement statement = dataSource.getConnection().prepareStatement("INSERT INTO task VALUES (1)");

        assertThat(Proxy.isProxyClass(statement.getClass())).isTrue();
        assertThatThrownBy(statement::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("primary key violation");
        assertThat(heard).isEmpty();
        assertThat(calls).contains("PreparedStatement.executeUpdate");
    }

    @Test
    void unwrappingReachesTheRealConnectionAndEqualityIsTheProxysOwn() throws SQLException {
        Connection wrapped = dataSource.getConnection();

        assertThat(wrapped.unwrap(Connection.class)).isSameAs(driverConnection);
        assertThat(wrapped).isEqualTo(wrapped).isNotEqualTo(connection);
        assertThat(wrapped.hashCode()).isEqualTo(System.identityHashCode(wrapped));
        assertThat(calls).doesNotContain("Connection.equals", "Connection.hashCode");
    }
}
