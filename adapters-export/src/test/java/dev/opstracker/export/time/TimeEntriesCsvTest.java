package dev.opstracker.export.time;

import static dev.opstracker.export.time.ExportedEntryBuilder.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Rounding;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeEntriesCsvTest {

    private static final String HEADER = "entry_id,task_id,alert,task,user,client,project,activity,billable,start,end,timezone,duration_seconds,"
            + "duration_hhmmss,hours_decimal,hours_rounded,rounding,hourly_rate,currency,amount,note\r\n";
    private static final Rounding UP_15 = Rounding.of("up", 15, "entry", 0);

    private final TimeEntriesCsv csv = new TimeEntriesCsv(ExportedEntryBuilder.BERLIN, SecretMasker.standard());

    /** 00:30Z to 01:37:30Z on 29 March 2026, when Berlin springs forward at 01:00Z: 1 h 7 min 30 s, up to 1.25 h at 95.50 EUR. */
    private static ExportedEntryBuilder acrossTheSwitch() {
        return anEntry().span("2026-03-29T00:30:00Z", "2026-03-29T01:37:30Z").recordedIn("America/New_York").alert("KubePodCrashLooping")
                .note("drained node").rounded(UP_15).rate("95.50", "EUR");
    }

    private String written(ExportedEntry... entries) {
        StringWriter out = new StringWriter();
        csv.write(out, List.of(entries));
        return out.toString();
    }

    @Test
    void anEntryAcrossTheSpringForwardSwitchShowsBerlinsOffsetBeforeAndAfterIt() {
        assertThat(written(acrossTheSwitch().build())).isEqualTo(HEADER
                + "7,12,KubePodCrashLooping,Fix replication,marcus,ACME,acme-k8s,incident,true,2026-03-29T01:30:00+01:00,2026-03-29T03:37:30+02:00,"
                + "Europe/Berlin,4050,1:07:30,1.13,1.25,up/15/entry,95.50,EUR,119.38,drained node\r\n");
    }

    @Test
    void anExportOfNoEntriesIsTheHeaderAlone() {
        assertThat(written()).isEqualTo(HEADER);
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndNoOthers() {
        String written = written(acrossTheSwitch().title("Fix \"db-1\", again").note("failover, then rollback\r\nchecked lag").build());

        assertThat(written).isEqualTo(HEADER
                + "7,12,KubePodCrashLooping,\"Fix \"\"db-1\"\", again\",marcus,ACME,acme-k8s,incident,true,2026-03-29T01:30:00+01:00,"
                + "2026-03-29T03:37:30+02:00,Europe/Berlin,4050,1:07:30,1.13,1.25,up/15/entry,95.50,EUR,119.38,"
                + "\"failover, then rollback\r\nchecked lag\"\r\n");
    }

    @Test
    void cellsASpreadsheetWouldReadAsFormulasStartWithAnApostrophe() {
        String written = written(acrossTheSwitch().user("=1+1").alert("@SUM(A1:A9)").title("=HYPERLINK(\"http://evil\")").note("-2+3").build());

        assertThat(written).isEqualTo(HEADER
                + "7,12,'@SUM(A1:A9),\"'=HYPERLINK(\"\"http://evil\"\")\",'=1+1,ACME,acme-k8s,incident,true,2026-03-29T01:30:00+01:00,"
                + "2026-03-29T03:37:30+02:00,Europe/Berlin,4050,1:07:30,1.13,1.25,up/15/entry,95.50,EUR,119.38,'-2+3\r\n");
    }

    @Test
    void aPlantedSecretIsMaskedInTheAlertTheTaskAndTheNote() {
        String written = written(acrossTheSwitch().alert("leak AKIAIOSFODNN7EXAMPLE").title("rotate AKIAIOSFODNN7EXAMPLE")
                .note("password=hunter2").build());

        assertThat(written).doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("hunter2");
        assertThat(written).endsWith("7,12,leak AKIA****,rotate AKIA****,marcus,ACME,acme-k8s,incident,true,2026-03-29T01:30:00+01:00,"
                + "2026-03-29T03:37:30+02:00,Europe/Berlin,4050,1:07:30,1.13,1.25,up/15/entry,95.50,EUR,119.38,password=****\r\n");
    }

    @Test
    void anUnpricedEntryLeavesRateCurrencyAndAmountEmpty() {
        String written = written(anEntry().notBillable().billedTo(null, null).activity(Activity.MEETING).build());

        assertThat(written).isEqualTo(HEADER
                + "7,12,,Fix replication,marcus,,,meeting,false,2026-11-30T23:30:00+01:00,2026-12-01T01:00:15+01:00,Europe/Berlin,5415,1:30:15,1.50,"
                + "1.50,none,,,,\r\n");
    }

    @Test
    void yenAmountsHaveNoMinorUnit() {
        String written = written(acrossTheSwitch().rate("12000", "JPY").build());

        assertThat(written).endsWith(",1.25,up/15/entry,12000,JPY,15000,drained node\r\n");
    }
}
