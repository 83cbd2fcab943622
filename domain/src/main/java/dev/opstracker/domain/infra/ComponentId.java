package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;

/** The identity of an infrastructure component: a positive number assigned by the component store. */
public record ComponentId(long value) {

    public ComponentId {
        if (value < 1) {
            throw new DomainException.InvalidInput("componentId", value, "a component id is a positive number");
        }
    }

    public static ComponentId of(long value) {
        return new ComponentId(value);
    }

    /** Reads an id as it appears in a URL or a command line. */
    public static ComponentId parse(String text) {
        try {
            return new ComponentId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("componentId", text, "a component id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
