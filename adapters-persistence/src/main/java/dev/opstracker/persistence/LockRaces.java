package dev.opstracker.persistence;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/** Tells a write that lost a lock race, and so wrote nothing and may simply be tried again. */
public final class LockRaces {

    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

    private LockRaces() {
    }

    /**
     * A deadlock (SQLState 40001 on both databases) or a lock wait that timed out (H2: HYT00;
     * MariaDB: error 1205, whose SQLState HY000 says nothing by itself).
     */
    public static boolean lost(DataAccessException failure) {
        if ("40001".equals(failure.sqlState()) || "HYT00".equals(failure.sqlState())) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
