package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;

/**
 * A project of a client: its code is unique within the client, and it may round billable time by
 * a rule of its own ({@code rounding} null: the client's rule applies).
 */
public record Project(BillingCode client, BillingCode code, String name, Rounding rounding) {

    public Project {
        if (client == null) {
            throw new DomainException.InvalidInput("client", null, "a project belongs to a client");
        }
        if (code == null) {
            throw new DomainException.InvalidInput("code", null, "a project has a billing code such as acme-k8s");
        }
        name = BillingNames.require("name", name, code);
    }
}
