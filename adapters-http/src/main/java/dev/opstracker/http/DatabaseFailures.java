package dev.opstracker.http;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (the pool gave no connection in time, the server refused or
 * dropped it) from a bug, by the JDBC exceptions in its cause chain: the stores wrap them, and the API
 * answers them 503 instead of 500. Besides the two connection exception types, any SQLException of
 * SQLState class 08 (connection exception, in the SQL standard) counts, whatever type a driver gives it.
 */
final class DatabaseFailures {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseFailures() {
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which names what failed without the request's contents. */
    static String describe(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }
}
