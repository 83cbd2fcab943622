package dev.opstracker.http.infra;

import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.shared.DomainException;
import io.javalin.http.Context;

/** Component ids in paths and bodies, reported under the parameter or member that held them ({@code id}, {@code parent}). */
final class ComponentIds {

    private ComponentIds() {
    }

    /** The id in the path parameter {@code name}. */
    static ComponentId pathParameter(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            return ComponentId.parse(text);
        } catch (DomainException.InvalidInput invalid) {
            throw new DomainException.InvalidInput(name, text, "expected a component id, a positive number");
        }
    }

    /** Null stays null: the caller decides whether an id may be missing. */
    static ComponentId of(String field, Long value) {
        if (value == null) {
            return null;
        }
        if (value < 1) {
            throw new DomainException.InvalidInput(field, value, "expected a component id, a positive number");
        }
        return ComponentId.of(value);
    }

    static ComponentId required(String field, Long value) {
        if (value == null) {
            throw new DomainException.InvalidInput(field, null, "expected a component id, a positive number");
        }
        return of(field, value);
    }

    static Long value(ComponentId id) {
        return id == null ? null : id.value();
    }
}
