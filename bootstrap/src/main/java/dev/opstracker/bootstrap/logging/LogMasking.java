package dev.opstracker.bootstrap.logging;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;

/**
 * The masker every log line passes through: the built-in secret rules until bootstrap installs the
 * configured one (built-in rules, the user's patterns file and the secrets the settings hold).
 *
 * <p>A static holder, because Logback builds {@link MaskingEncoder} from {@code logback.xml} by
 * reflection before {@code main} runs and long before an injector exists, so nothing can hand the
 * encoder its masker; and because the encoder must already mask what is logged before bootstrap has
 * read the configuration, which is why the holder starts with the built-in rules rather than empty.
 * Installing is a single volatile write: a line logged concurrently is masked by the old or the new
 * masker, never by none.
 */
public final class LogMasking {

    private static volatile SecretMasker masker = SecretMasker.standard();

    private LogMasking() {
    }

    /** The masker log lines pass through now. */
    public static SecretMasker masker() {
        return masker;
    }

    /**
     * Makes {@code configured} the masker of every line logged from now on, and of the values refused input
     * echoes ({@link DomainException.InvalidInput}), which reach answers as well as the log.
     */
    public static void install(SecretMasker configured) {
        masker = requireNonNull(configured, "configured is null");
        DomainException.InvalidInput.maskEchoedValuesWith(configured::mask);
    }
}
