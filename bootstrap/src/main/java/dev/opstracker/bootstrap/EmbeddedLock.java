package dev.opstracker.bootstrap;

import java.sql.SQLException;

/** Recognises H2 refusing to open an embedded database that another process holds (H2 allows one process per file). */
public final class EmbeddedLock {

    /** H2's "Database may be already in use". */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private EmbeddedLock() {
    }

    public static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
