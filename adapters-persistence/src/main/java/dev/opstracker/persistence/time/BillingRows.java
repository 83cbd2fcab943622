package dev.opstracker.persistence.time;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.persistence.jooq.tables.records.BillingClientRecord;
import dev.opstracker.persistence.jooq.tables.records.BillingProjectRecord;
import dev.opstracker.persistence.jooq.tables.records.BillingRateRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/** Clients, projects and rates as {@code billing_*} rows and back. */
final class BillingRows {

    /** "Any" in a rate's key columns: NULLs would never collide in its unique key (see V14). */
    static final String ANY = "";

    private BillingRows() {
    }

    static BillingClientRecord toRecord(Client client, Instant createdAt, Instant updatedAt) {
        BillingClientRecord row = new BillingClientRecord();
        row.setCode(client.code().value());
        row.setName(client.name());
        row.setCurrency(client.currency().getCurrencyCode());
        row.setRoundingMode(wire(client.rounding().mode()));
        row.setRoundingMinutes(client.rounding().stepMinutes());
        row.setRoundingScope(wire(client.rounding().scope()));
        row.setRoundingMinimumMinutes(client.rounding().minimumMinutes());
        row.setCreatedAt(createdAt);
        row.setUpdatedAt(updatedAt);
        return row;
    }

    static Client toClient(BillingClientRecord row) {
        return new Client(new BillingCode(row.getCode()), row.getName(), Currency.getInstance(row.getCurrency()),
                Rounding.of(row.getRoundingMode(), row.getRoundingMinutes(), row.getRoundingScope(), row.getRoundingMinimumMinutes()));
    }

    static BillingProjectRecord toRecord(Project project, Instant createdAt, Instant updatedAt) {
        BillingProjectRecord row = new BillingProjectRecord();
        row.setClientCode(project.client().value());
        row.setCode(project.code().value());
        row.setName(project.name());
        Rounding rounding = project.rounding();
        row.setRoundingMode(rounding == null ? null : wire(rounding.mode()));
        row.setRoundingMinutes(rounding == null ? null : rounding.stepMinutes());
        row.setRoundingScope(rounding == null ? null : wire(rounding.scope()));
        row.setRoundingMinimumMinutes(rounding == null ? null : rounding.minimumMinutes());
        row.setCreatedAt(createdAt);
        row.setUpdatedAt(updatedAt);
        return row;
    }

    static Project toProject(BillingProjectRecord row) {
        Rounding rounding = row.getRoundingMode() == null ? null
                : Rounding.of(row.getRoundingMode(), row.getRoundingMinutes(), row.getRoundingScope(), row.getRoundingMinimumMinutes());
        return new Project(new BillingCode(row.getClientCode()), new BillingCode(row.getCode()), row.getName(), rounding);
    }

    static BillingRateRecord toRecord(HourlyRate rate, Instant createdAt) {
        BillingRateRecord row = new BillingRateRecord();
        row.setClientCode(orAny(rate.client()));
        row.setProjectCode(orAny(rate.project()));
        row.setActivity(rate.activity() == null ? ANY : rate.activity().wireName());
        row.setValidFrom(rate.validFrom());
        row.setAmount(rate.perHour().amount());
        row.setCurrency(rate.perHour().currency().getCurrencyCode());
        row.setCreatedAt(createdAt);
        return row;
    }

    static HourlyRate toRate(BillingRateRecord row) {
        Currency currency = Currency.getInstance(row.getCurrency());
        return new HourlyRate(new Money(shown(row.getAmount(), currency), currency), row.getValidFrom(), code(row.getClientCode()),
                code(row.getProjectCode()), ANY.equals(row.getActivity()) ? null : Activity.parse(row.getActivity()));
    }

    /**
     * The column's four decimals cut back to the currency's minor unit where they are zeros: 95.5000
     * reads as 95.50, 95.1250 as 95.125. The value is the same either way (Money compares numbers),
     * but a rate printed after a reload should look as it was entered.
     */
    private static BigDecimal shown(BigDecimal stored, Currency currency) {
        BigDecimal stripped = stored.stripTrailingZeros();
        // A pseudo-currency such as XAU has no minor unit (-1): whole numbers then, never a negative scale.
        return stripped.setScale(Math.max(stripped.scale(), Math.max(0, currency.getDefaultFractionDigits())));
    }

    private static String orAny(BillingCode code) {
        return code == null ? ANY : code.value();
    }

    private static BillingCode code(String column) {
        return ANY.equals(column) ? null : new BillingCode(column);
    }

    private static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
