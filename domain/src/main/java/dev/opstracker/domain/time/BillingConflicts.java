package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;

/** The failures every billing store reports alike, so a caller cannot tell which store it talks to. */
public final class BillingConflicts {

    public static final String DUPLICATE = "duplicate";

    private BillingConflicts() {
    }

    public static DomainException.Conflict duplicateClient(BillingCode code) {
        return new DomainException.Conflict(DUPLICATE, "client %s exists already".formatted(code));
    }

    public static DomainException.Conflict duplicateProject(Project project) {
        return new DomainException.Conflict(DUPLICATE, "client %s has a project %s already".formatted(project.client(), project.code()));
    }

    public static DomainException.Conflict duplicateRate(HourlyRate rate) {
        return new DomainException.Conflict(DUPLICATE, "a rate for client %s, project %s and activity %s is valid from %s already"
                .formatted(orAny(rate.client()), orAny(rate.project()), rate.activity() == null ? "any" : rate.activity().wireName(), rate.validFrom()));
    }

    public static DomainException.NotFound unknownClient(BillingCode code) {
        return new DomainException.NotFound("client", String.valueOf(code));
    }

    public static DomainException.NotFound unknownProject(BillingCode client, BillingCode code) {
        return new DomainException.NotFound("project", client + "/" + code);
    }

    private static String orAny(BillingCode code) {
        return code == null ? "any" : code.value();
    }
}
