package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What sort of thing a component is. The built-in kinds cover common infrastructure; users may
 * register their own names of the same syntax.
 */
public record ComponentKind(String name) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The kinds every installation knows. */
    public static final Set<String> BUILT_IN = Set.of(
            "provider", "account", "project", "region", "zone", "datacenter", "network", "cluster", "node", "server",
            "namespace", "service", "database", "queue", "bucket", "load-balancer", "dns-zone", "certificate");

    public ComponentKind {
        if (name == null || !SYNTAX.matcher(name).matches()) {
            throw new DomainException.InvalidInput("kind", name,
                    "a kind is a lowercase letter followed by up to 39 lowercase letters, digits or '-'");
        }
    }

    /** Reads a kind ignoring case and surrounding space. */
    public static ComponentKind parse(String text) {
        return new ComponentKind(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isBuiltIn() {
        return BUILT_IN.contains(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
