package dev.opstracker.http;

import dev.opstracker.domain.shared.DomainException;

/** The one place where the core's failure categories become HTTP statuses. */
final class DomainProblems {

    private DomainProblems() {
    }

    static Problem of(DomainException exception) {
        return switch (exception) {
            case DomainException.NotFound notFound -> Problem.of(ProblemType.NOT_FOUND, notFound.getMessage());
            case DomainException.InvalidInput invalid ->
                    Problem.of(ProblemType.INVALID_INPUT, invalid.getMessage()).withField(invalid.field(), invalid.value());
            case DomainException.Conflict stale when stale.isStaleVersion() ->
                    Problem.of(ProblemType.STALE_VERSION, stale.getMessage()).withReason(stale.reason());
            case DomainException.Conflict conflict ->
                    Problem.of(ProblemType.CONFLICT, conflict.getMessage()).withReason(conflict.reason());
            case DomainException.Forbidden forbidden -> Problem.of(ProblemType.FORBIDDEN, forbidden.getMessage());
            case DomainException.StorageFull full -> Problem.of(ProblemType.STORAGE_FULL, full.getMessage());
        };
    }
}
