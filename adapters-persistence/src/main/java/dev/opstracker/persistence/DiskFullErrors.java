package dev.opstracker.persistence;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a database error that means "the disk is full" from other failures. H2 reports the operating
 * system's error as the cause of its write failure; MariaDB reports {@code ER_RECORD_FILE_FULL} (1114,
 * "The table is full"), {@code ER_DISK_FULL} (1021), or errno 28 (ENOSPC) inside another error, such as
 * {@code Error writing file ... (Errcode: 28 "No space left on device")}.
 */
final class DiskFullErrors {

    static final int MARIADB_RECORD_FILE_FULL = 1114;
    static final int MARIADB_DISK_FULL = 1021;
    private static final Set<Integer> MARIADB_CODES = Set.of(MARIADB_RECORD_FILE_FULL, MARIADB_DISK_FULL);
    /** ENOSPC as Linux and macOS word it, Windows' ERROR_DISK_FULL, and a quota used up (EDQUOT), which also stops every write. */
    private static final Pattern NO_SPACE = Pattern.compile("(?i)no space left on device|not enough space on the disk|disk quota exceeded");
    /** MariaDB's "Errcode: 28", "errno: 28", "Got error 28 from storage engine". */
    private static final Pattern ERRNO_28 = Pattern.compile("(?i)\\b(?:errcode|errno|error)\\W{0,3}28\\b");

    private DiskFullErrors() {
    }

    /** Whether {@code failure}, its causes or the exceptions chained to a SQL exception say the disk is full. */
    static boolean diskFull(Vendor vendor, Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (saysDiskFull(vendor, cause)) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, true) == null; next = next.getNextException()) {
                    if (saysDiskFull(vendor, next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean saysDiskFull(Vendor vendor, Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        if (NO_SPACE.matcher(message).find()) {
            return true;
        }
        return vendor == Vendor.MARIADB && cause instanceof SQLException sql
                && (MARIADB_CODES.contains(sql.getErrorCode()) || ERRNO_28.matcher(message).find());
    }
}
