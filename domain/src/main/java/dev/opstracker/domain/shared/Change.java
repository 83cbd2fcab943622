package dev.opstracker.domain.shared;

/**
 * One field of an edit: either leave the current value alone, or replace it (null clears an
 * optional field). Keeps "absent" and "set to nothing" apart, as JSON merge-patch does.
 */
public sealed interface Change<T> {

    T applyTo(T current);

    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) Keep.INSTANCE;
    }

    static <T> Change<T> to(T value) {
        return new SetTo<>(value);
    }

    /** Leaves the field as it is. */
    record Keep<T>() implements Change<T> {
        private static final Keep<Object> INSTANCE = new Keep<>();

        @Override
        public T applyTo(T current) {
            return current;
        }
    }

    /** Replaces the field; a null value clears it. */
    record SetTo<T>(T value) implements Change<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }
    }
}
