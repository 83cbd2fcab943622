package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Locale;

/** How a task relates to a component it is linked to. */
public enum LinkRole {
    /** The task's problem shows on this component. */
    AFFECTED,
    /** This component is where the problem comes from. */
    CAUSE,
    /** The task's work changed this component. */
    CHANGED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkRole parse(String text) {
        if (text != null) {
            for (LinkRole role : values()) {
                if (role.wireName().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new DomainException.InvalidInput("role", text, "expected affected, cause or changed");
    }
}
