package dev.opstracker.export.runbook;

/**
 * The runbook archive could not read or write its git repository (a full disk, a lock left by
 * another process, a damaged repository). Not a {@code DomainException}: the request was fine, the
 * storage was not, so the HTTP edge answers it with a generic 500.
 */
public final class RunbookArchiveException extends RuntimeException {

    RunbookArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
