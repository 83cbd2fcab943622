package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import dev.opstracker.domain.task.BillingCode;

/** The display names of clients and projects: 1 to 200 characters of valid text, the code when none is given. */
final class BillingNames {

    static final int MAX_LENGTH = 200;

    private BillingNames() {
    }

    static String require(String field, String name, BillingCode code) {
        String stripped = name == null || name.isBlank() ? code.value() : name.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new DomainException.InvalidInput(field, name, "at most " + MAX_LENGTH + " characters");
        }
        Text.requireWellFormed(field, stripped);
        return stripped;
    }
}
