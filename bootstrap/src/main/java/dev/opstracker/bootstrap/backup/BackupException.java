package dev.opstracker.bootstrap.backup;

/**
 * A backup or restore that could not be done, with a message meant for the operator: which file or
 * directory, and what to do. Nothing is left half-written when it is thrown.
 */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
