package dev.opstracker.persistence.infra;

import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.LockRaces;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * Tells which constraint a failed write broke (SQLState class 23), so that the database, not a
 * check before the write, decides the conflict. Neither driver names the constraint apart from the
 * message: H2 writes {@code "public.component_path_uk INDEX ...} or {@code "component_parent_fk: ...},
 * MariaDB {@code ... for key 'component_path_uk'} or {@code CONSTRAINT `component_parent_fk`}.
 */
final class ConstraintViolations {

    static final String PATH_UNIQUE = "component_path_uk";
    static final String EXTERNAL_ID_UNIQUE = "component_external_id_uk";
    static final String PARENT = "component_parent_fk";
    static final String LIVE_LINK_UNIQUE = "task_link_live_uk";

    private static final String[] KNOWN = {PATH_UNIQUE, EXTERNAL_ID_UNIQUE, PARENT, LIVE_LINK_UNIQUE};

    private ConstraintViolations() {
    }

    /** The known constraint {@code failure} broke; empty when it broke none of them or was no constraint violation. */
    static Optional<String> brokenBy(DataAccessException failure) {
        if (failure.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
            return Optional.empty();
        }
        String message = String.valueOf(failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage());
        for (String name : KNOWN) {
            if (message.contains("\"public." + name + " INDEX") || message.contains("\"" + name + ":")
                    || message.contains("for key '" + name + "'") || message.contains("CONSTRAINT `" + name + "`")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Runs a write of components, reporting broken constraints as the conflicts the port names, never as jOOQ exceptions. */
    static <T> T writing(Supplier<T> write, ComponentPath path, String externalId, Supplier<DomainException> parentMissing) {
        try {
            return write.get();
        } catch (DataAccessException failure) {
            if (lostALockRace(failure)) {
                throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                        "another change to the same components was being written at the same time; try again");
            }
            if (failure.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw failure;
            }
            throw switch (brokenBy(failure).orElse("")) {
                case PATH_UNIQUE -> new DomainException.Conflict("duplicate-path", "a component exists at %s already".formatted(path));
                case EXTERNAL_ID_UNIQUE -> new DomainException.Conflict("duplicate-external-id",
                        "another component has the external id %s already".formatted(externalId));
                case PARENT -> parentMissing.get();
                default -> new DomainException.Conflict("constraint-violation",
                        "the change clashes with stored data (SQLState %s)".formatted(failure.sqlState()));
            };
        }
    }

    /** A deadlock or a lock wait that timed out: see {@link LockRaces#lost}. */
    static boolean lostALockRace(DataAccessException failure) {
        return LockRaces.lost(failure);
    }
}
