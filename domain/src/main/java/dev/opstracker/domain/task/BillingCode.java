package dev.opstracker.domain.task;

import dev.opstracker.domain.shared.DomainException;
import java.util.regex.Pattern;

/** A client or project code that time is billed against, such as {@code ACME} or {@code acme-k8s-2026}. */
public record BillingCode(String value) {

    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public BillingCode {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new DomainException.InvalidInput("billingCode", value,
                    "a billing code is 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
    }

    /** Reads an optional code for the named field: blank means none. */
    public static BillingCode parseOptional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (!SYNTAX.matcher(stripped).matches()) {
            throw new DomainException.InvalidInput(field, text,
                    "a billing code is 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return new BillingCode(stripped);
    }

    @Override
    public String toString() {
        return value;
    }
}
