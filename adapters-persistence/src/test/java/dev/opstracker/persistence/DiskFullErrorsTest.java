package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class DiskFullErrorsTest {

    @Test
    void h2sWriteFailureCausedByNoSpaceLeftOnDeviceIsDiskFullHoweverDeepTheCause() {
        IOException enospc = new IOException("No space left on device");
        RuntimeException mvStore = new RuntimeException("Writing to sun.nio.ch.FileChannelImpl@6337c201 failed; length 28672 at 4116480 [2.5.252/2]", enospc);
        SQLException general = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing ... failed\"", "HY000", 50000, mvStore);

        assertThat(DiskFullErrors.diskFull(Vendor.H2, general)).isTrue();
        assertThat(DiskFullErrors.diskFull(Vendor.H2, new DataAccessException("SQL [COMMIT]", general))).isTrue();
    }

    @Test
    void mariaDbsTableFullAndDiskFullCodesAreDiskFull() {
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("(conn=7) The table 'command_output_chunk' is full", "HY000", 1114))).isTrue();
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("Disk full (/tmp/#sql_1); waiting for someone to free some space...",
                "HY000", 1021))).isTrue();
    }

    @Test
    void mariaDbsErrno28InsideAnotherErrorIsDiskFull() {
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("Error writing file '/var/lib/mysql/ib_logfile0' (Errcode: 28 \"No space left "
                + "on device\")", "HY000", 3))).isTrue();
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("Got error 28 from storage engine InnoDB", "HY000", 1030))).isTrue();
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("Can't create table (errno: 28)", "HY000", 1005))).isTrue();
    }

    @Test
    void aChainedNextExceptionSayingDiskFullCounts() {
        SQLException batch = new SQLException("Batch entry 3 failed", "HY000", 0);
        batch.setNextException(new SQLException("The table 'alert_event' is full", "HY000", 1114));

        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, batch)).isTrue();
    }

    @Test
    void otherFailuresAreNotDiskFull() {
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLIntegrityConstraintViolationException("Duplicate entry '28' for key 'PRIMARY'",
                "23000", 1062))).isFalse();
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("Got error 280 from storage engine", "HY000", 1030))).isFalse();
        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isFalse();
        assertThat(DiskFullErrors.diskFull(Vendor.H2, new SQLException("Table \"task\" not found", "42S02", 42102))).isFalse();
        assertThat(DiskFullErrors.diskFull(Vendor.H2, new SQLException("no message", "HY000", 1114))).as("a MariaDB code means nothing from H2").isFalse();
        assertThat(DiskFullErrors.diskFull(Vendor.H2, new SQLException((String) null))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", first);
        first.initCause(second);
        first.setNextException(second);
        second.setNextException(first);

        assertThat(DiskFullErrors.diskFull(Vendor.MARIADB, first)).isFalse();
    }
}
