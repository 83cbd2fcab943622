package dev.opstracker.application.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import java.time.LocalDate;

/**
 * A new project of an existing client, optionally with its project-wide hourly rate (in the
 * client's currency) valid from {@code rateValidFrom}; a rate without a date is valid
 * {@linkplain BillingAccounts#ALWAYS always}.
 */
public record CreateProjectCommand(Project project, Money hourlyRate, LocalDate rateValidFrom) {

    public CreateProjectCommand {
        if (project == null) {
            throw new DomainException.InvalidInput("project", null, "a project to create");
        }
        rateValidFrom = InitialRates.validFrom(hourlyRate, rateValidFrom);
    }

    /** The project alone, without a rate. */
    public static CreateProjectCommand of(Project project) {
        return new CreateProjectCommand(project, null, null);
    }
}
