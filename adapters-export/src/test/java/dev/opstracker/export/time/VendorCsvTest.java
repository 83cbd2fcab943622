package dev.opstracker.export.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.time.Rounding;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VendorCsvTest {

    private final VendorCsv csv = new VendorCsv(ExportedEntryBuilder.BERLIN, SecretMasker.standard());

    /** 22:30Z on 30 November is 23:30 in Berlin: the local date is the 30th; 1 h 30 min 15 s tracked, rounded up to 1.6 h. */
    private static ExportedEntry entry(String note, String title) {
        return ExportedEntryBuilder.anEntry().note(note).title(title).rounded(Rounding.of("up", 6, "entry", 0)).rate("96.00", "EUR")
                .tags("prod", "eks").build();
    }

    private static String[] lines(StringWriter out) {
        assertThat(out.toString()).endsWith("\r\n");
        return out.toString().split("\r\n");
    }

    @Test
    void harvestGetsItsEightColumnsInOrderWithDecimalHours() {
        StringWriter out = new StringWriter();
        csv.harvest(out, List.of(entry("failover, then rollback", "Fix replication")));

        assertThat(lines(out)).containsExactly("Date,Client,Project,Task,Notes,Hours,First name,Last name",
                "2026-11-30,ACME,acme-k8s,Fix replication,\"failover, then rollback\",1.60,Marcus,Weber");
    }

    @Test
    void togglGetsItsImportHeadersWithYesNoAndTheExactDuration() {
        StringWriter out = new StringWriter();
        csv.toggl(out, List.of(entry("drained node", "Fix replication")));

        assertThat(lines(out)).containsExactly("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,Duration,Tags",
                "marcus,marcus@example.com,ACME,acme-k8s,Fix replication,drained node,Yes,2026-11-30,23:30:00,1:30:15,\"prod, eks\"");
    }

    @Test
    void clockifyUsesTheAccountsDateAndTimeFormats() {
        StringWriter out = new StringWriter();
        csv.clockify(out, List.of(entry("drained node", "Fix replication")), DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT),
                DateTimeFormatter.ofPattern("hh:mm:ss a", Locale.ROOT));

        assertThat(lines(out)).containsExactly("Project,Client,Description,Task,Email,Tags,Billable,Start Date,Start Time,Duration (h)",
                "acme-k8s,ACME,drained node,Fix replication,marcus@example.com,\"prod, eks\",Yes,11/30/2026,11:30:00 PM,1:30:15");
    }

    @Test
    void formulasAreDefusedAndSecretsMaskedInEveryFreeTextCell() {
        StringWriter out = new StringWriter();
        csv.harvest(out, List.of(entry("ran with token=hunter2secret", "=HYPERLINK(\"http://evil\")")));

        String row = lines(out)[1];
        assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("token=****").doesNotContain("hunter2secret");
    }
}
