package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.ExportFormat;
import dev.opstracker.application.time.ExportOptions;
import dev.opstracker.application.time.NewEntry;
import dev.opstracker.application.time.ReportRequest;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.Rounding;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every time export format through the embedded library over a real database: its exact header and
 * a sample row, for an entry across Berlin's midnight on the night the clocks go forward.
 */
abstract class TimeExportsContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"));

    @TempDir
    Path temporary;

    private OpsTracker ops;

    /** The settings of a fresh store. */
    abstract Settings settings(Path temporary) throws Exception;

    @BeforeEach
    void anHourOfIncidentWorkForAcmeAcrossTheDstNight() throws Exception {
        ops = OpsTracker.open(settings(temporary));
        ops.billing().createClient(new CreateClientCommand(new Client(new BillingCode("ACME"), "Acme", Currency.getInstance("EUR"),
                new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0)), Money.of("90.00", "EUR"), null));
        TaskId task = ops.tasks().create(new TaskDetails("=drill, failover", null, Priority.P2, "marcus", null, new BillingCode("ACME"),
                new BillingCode("acme-k8s"), null, Map.of())).id();
        // 23:50 CET on 28 March to 03:20 CEST on 29 March: 10 minutes on the 28th, 140 on the 29th, 2.5 hours in all.
        ops.time().add(new NewEntry(task, "marcus@example.com", Instant.parse("2026-03-28T22:50:00Z"), Instant.parse("2026-03-29T01:20:00Z"), BERLIN,
                null, null, null, "rotated password=hunter2", Activity.INCIDENT));
    }

    @AfterEach
    void close() throws Exception {
        ops.close();
        storeClosed();
    }

    /** Called once the store is closed, to remove what {@link #settings} made. */
    void storeClosed() throws Exception {
    }

    private List<String> export(ExportFormat format, ExportOptions options) {
        StringWriter out = new StringWriter();
        ops.exports().export(new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, null, null, null, false, null), format, options, out);
        return out.toString().lines().toList();
    }

    private List<String> export(ReportRequest request, ExportFormat format) {
        StringWriter out = new StringWriter();
        ops.exports().export(request, format, null, out);
        return out.toString().lines().toList();
    }

    @Test
    void theReportInJsonAndCsvRoundsEachDayPieceUpToAQuarterAndPricesItToTheCent() {
        // Rounded up per day piece: 15 + 150 minutes = 2.75 hours; at 90.00 an hour 22.50 + 225.00 = 247.50.
        assertThat(export(ExportFormat.CSV, null)).containsExactly(
                "bucket,seconds,hours,billable_seconds,billable_hours,rounded_seconds,rounded_hours,unpriced_seconds,currency,amount",
                "2026-03-01,9000,2.50,9000,2.50,9900,2.75,0,EUR,247.50",
                "total,9000,2.50,9000,2.50,9900,2.75,0,EUR,247.50");
        assertThat(export(ExportFormat.JSON, null).getFirst()).startsWith("{\"schema\":\"tracker.time-report/v1\",\"period\":\"month\"")
                .contains("\"amount\":\"247.50\"");
    }

    @Test
    void ourEntryFormatsTraceEachRowToItsEntryAndTaskWithOffsetsAndMaskedNotes() {
        List<String> csv = export(ExportFormat.ENTRIES_CSV, null);

        assertThat(csv.getFirst()).isEqualTo("entry_id,task_id,alert,task,user,client,project,activity,billable,start,end,timezone,duration_seconds,"
                + "duration_hhmmss,hours_decimal,hours_rounded,rounding,hourly_rate,currency,amount,note");
        assertThat(csv.get(1)).isEqualTo("1,1,,\"'=drill, failover\",marcus@example.com,ACME,acme-k8s,incident,true,2026-03-28T23:50:00+01:00,"
                + "2026-03-29T03:20:00+02:00,Europe/Berlin,9000,2:30:00,2.50,2.75,up/15/entry,90.00,EUR,247.50,rotated password=****");
        assertThat(export(ExportFormat.ENTRIES_JSON, null).getFirst()).startsWith("{\"schema\":\"tracker.time-entry/v1\",\"timezone\":\"Europe/Berlin\"")
                .contains("\"amount\":\"247.50\"").doesNotContain("hunter2");
    }

    @Test
    void anEntryAcrossTheEndOfTheMonthIsExportedInEachMonthForItsPartOnlyNeverTwice() {
        TaskId task = ops.tasks().create(TaskDetails.titled("Night failover")).id();
        // 23:00 to 01:00 Berlin time over the last night of March.
        ops.time().add(new NewEntry(task, "anna", Instant.parse("2026-03-31T21:00:00Z"), Instant.parse("2026-03-31T23:00:00Z"), BERLIN, null, null,
                null, null, Activity.CHANGE));
        TimeRange april = new TimeRange(Instant.parse("2026-03-31T22:00:00Z"), Instant.parse("2026-04-30T22:00:00Z"));

        List<String> march = export(new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, "anna", null, null, false, null), ExportFormat.TOGGL);
        List<String> inApril = export(new ReportRequest(april, BERLIN, Period.MONTH, null, null, "anna", null, null, false, null), ExportFormat.TOGGL);

        assertThat(march.get(1)).contains(",2026-03-31,23:00:00,1:00:00,");
        assertThat(inApril.get(1)).contains(",2026-04-01,00:00:00,1:00:00,");
    }

    @Test
    void vendorFilesCarryTheirToolsExactHeaders() {
        assertThat(export(ExportFormat.HARVEST, null)).containsExactly("Date,Client,Project,Task,Notes,Hours,First name,Last name",
                "2026-03-28,ACME,acme-k8s,\"'=drill, failover\",rotated password=****,2.75,marcus@example.com,");
        assertThat(export(ExportFormat.TOGGL, null)).containsExactly(
                "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,Duration,Tags",
                "marcus@example.com,marcus@example.com,ACME,acme-k8s,\"'=drill, failover\",rotated password=****,Yes,2026-03-28,23:50:00,2:30:00,incident");
        assertThat(export(ExportFormat.CLOCKIFY, new ExportOptions("MM/dd/yyyy", "hh:mm:ss a"))).containsExactly(
                "Project,Client,Description,Task,Email,Tags,Billable,Start Date,Start Time,Duration (h)",
                "acme-k8s,ACME,rotated password=****,\"'=drill, failover\",marcus@example.com,incident,Yes,03/28/2026,11:50:00 PM,2:30:00");
    }
}
