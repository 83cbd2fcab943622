package dev.opstracker.domain.shared;

import static java.util.Objects.requireNonNull;

import java.util.function.UnaryOperator;

/**
 * The one family of failures the core reports. Each subtype is a category the HTTP edge maps
 * to a status code in one place; messages say what was wrong and with which value.
 *
 * <p>An abstract class rather than an interface because exception handlers in web frameworks
 * are looked up by walking superclasses.
 */
public abstract sealed class DomainException extends RuntimeException {

    private DomainException(String message) {
        super(requireNonNull(message, "message is null"));
    }

    /** A thing that was asked for by its identity does not exist. */
    public static final class NotFound extends DomainException {
        private final String kind;
        private final String id;

        public NotFound(String kind, String id) {
            super("%s %s does not exist".formatted(kind, id));
            this.kind = kind;
            this.id = id;
        }

        public String kind() {
            return kind;
        }

        public String id() {
            return id;
        }
    }

    /** The request is well formed but clashes with the current state (stale version, illegal transition, duplicate). */
    public static final class Conflict extends DomainException {
        /** The reason of an edit based on an outdated version. */
        public static final String STALE_VERSION = "stale-version";
        /** The reason of a write that lost a lock race with another (a deadlock, a lock wait that timed out): it wrote nothing. */
        public static final String CONCURRENT_WRITE = "concurrent-write";

        private final String reason;

        public Conflict(String reason, String message) {
            super(message);
            this.reason = requireNonNull(reason, "reason is null");
        }

        /** The conflict every store and service reports for an edit based on an outdated version. */
        public static Conflict staleVersion(String kind, Object id, long expected, long actual) {
            return new Conflict(STALE_VERSION, "%s %s is at version %d, not %d: reload it and apply the change again"
                    .formatted(kind, id, actual, expected));
        }

        /** A short machine-readable reason, such as {@code stale-version} or {@code illegal-transition}. */
        public String reason() {
            return reason;
        }

        public boolean isLostRace() {
            return CONCURRENT_WRITE.equals(reason);
        }

        public boolean isStaleVersion() {
            return STALE_VERSION.equals(reason);
        }
    }

    /**
     * A field holds a value the domain does not accept. The value is echoed in the message (and from there in an
     * answer and the log) masked as a whole first, then shortened to {@value #MAX_SHOWN} characters: shortening first
     * could cut a secret so that the masker no longer recognises what is left of it.
     */
    public static final class InvalidInput extends DomainException {
        static final int MAX_SHOWN = 80;
        private static volatile UnaryOperator<String> echoMasking = UnaryOperator.identity();
        private final String field;
        private final String value;
        private final String problem;

        public InvalidInput(String field, Object value, String problem) {
            this(field, value == null ? null : shown(String.valueOf(value)), problem, true);
        }

        private InvalidInput(String field, String shownValue, String problem, boolean shown) {
            super("%s %s: %s".formatted(field, shownValue == null ? "is missing" : "'" + shownValue + "' is invalid", problem));
            this.field = requireNonNull(field, "field is null");
            this.value = shownValue;
            this.problem = problem;
        }

        /**
         * Masks the values every InvalidInput made from now on echoes, such as with the configured secret masker.
         * One for the process, as the log's masker is: the domain cannot be handed it where each exception is made.
         * Until it is called values are echoed unmasked.
         */
        public static void maskEchoedValuesWith(UnaryOperator<String> masking) {
            echoMasking = requireNonNull(masking, "masking is null");
        }

        /** The same problem reported under another field name, for an edge that names the field differently. */
        public InvalidInput renamed(String otherField) {
            InvalidInput renamed = new InvalidInput(otherField, value, problem, true);
            renamed.initCause(this);
            return renamed;
        }

        public String field() {
            return field;
        }

        /** The rejected value as text, masked, then shortened to {@value #MAX_SHOWN} characters; null when the value was missing. */
        public String value() {
            return value;
        }

        private static String shown(String text) {
            return shorten(requireNonNull(echoMasking.apply(text), "masked value is null"));
        }

        /** A rejected value may be huge; errors show its start, enough to recognise it. */
        private static String shorten(String text) {
            if (text.length() <= MAX_SHOWN) {
                return text;
            }
            int end = MAX_SHOWN - 3;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end) + "...";
        }
    }

    /** Storage is too full to accept the write; reads keep working. */
    public static final class StorageFull extends DomainException {
        public StorageFull(String message) {
            super(message);
        }
    }

    /** The caller is known but may not do this. */
    public static final class Forbidden extends DomainException {
        private final String action;

        public Forbidden(String action, String message) {
            super(message);
            this.action = requireNonNull(action, "action is null");
        }

        public String action() {
            return action;
        }
    }
}
