package dev.opstracker.export.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeReportCsvTest {

    private static final String HEADER = "bucket,seconds,hours,billable_seconds,billable_hours,rounded_seconds,rounded_hours,unpriced_seconds,"
            + "currency,amount\r\n";

    private final TimeReportCsv csv = new TimeReportCsv();

    @Test
    void eachBucketHasARowPerCurrencyABucketWithoutAmountsHasOneEmptyRowAndTheTotalComesLast() {
        StringWriter out = new StringWriter();

        csv.write(out, ReportLines.acrossTheSwitch());

        assertThat(out.toString()).isEqualTo(HEADER
                + "2026-03-28,5400,1.50,5400,1.50,5400,1.50,0,EUR,143.25\r\n"
                + "2026-03-29,9000,2.50,7200,2.00,8100,2.25,900,EUR,95.50\r\n"
                + "2026-03-29,9000,2.50,7200,2.00,8100,2.25,900,JPY,15000\r\n"
                + "2026-03-30,1800,0.50,0,0.00,0,0.00,0,,\r\n"
                + "total,16200,4.50,12600,3.50,13500,3.75,900,EUR,238.75\r\n"
                + "total,16200,4.50,12600,3.50,13500,3.75,900,JPY,15000\r\n");
    }

    @Test
    void aReportWithNoTimeIsItsEmptyTotal() {
        StringWriter out = new StringWriter();

        csv.write(out, List.of(ReportLines.line(null, 0, 0, 0, 0)));

        assertThat(out.toString()).isEqualTo(HEADER + "total,0,0.00,0,0.00,0,0.00,0,,\r\n");
    }
}
