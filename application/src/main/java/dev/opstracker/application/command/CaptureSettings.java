package dev.opstracker.application.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.command.Environment;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;

/**
 * How runs are captured here.
 *
 * @param environment which variables of a run are kept
 * @param outputCap   bytes of one output kept whole; beyond it, the head and tail are kept
 * @param host        this machine's name, recorded on the runs it executes
 * @param user        the operating-system user runs execute as
 * @param masker      what hides secrets in command lines, environment values and masked outputs
 */
public record CaptureSettings(Environment environment, long outputCap, String host, String user, SecretMasker masker) {

    /** What the seed asks for: 10 MB kept whole. Up to {@link #MAX_OUTPUT_CAP} may be configured. */
    public static final long DEFAULT_OUTPUT_CAP = 10L * 1024 * 1024;
    public static final long MAX_OUTPUT_CAP = 100L * 1024 * 1024;
    public static final long MIN_OUTPUT_CAP = 4 * 1024;

    public CaptureSettings {
        requireNonNull(environment, "environment is null");
        if (outputCap < MIN_OUTPUT_CAP || outputCap > MAX_OUTPUT_CAP) {
            throw new DomainException.InvalidInput("outputCap", outputCap, "an output cap lies between %,d and %,d bytes".formatted(MIN_OUTPUT_CAP,
                    MAX_OUTPUT_CAP));
        }
        requireNonNull(host, "host is null");
        requireNonNull(user, "user is null");
        requireNonNull(masker, "masker is null");
    }

    public static CaptureSettings of(String host, String user) {
        return new CaptureSettings(Environment.standard(), DEFAULT_OUTPUT_CAP, host, user, SecretMasker.standard());
    }

    public CaptureSettings withOutputCap(long cap) {
        return new CaptureSettings(environment, cap, host, user, masker);
    }

    public CaptureSettings withMasker(SecretMasker other) {
        return new CaptureSettings(environment, outputCap, host, user, other);
    }
}
