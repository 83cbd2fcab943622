package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed component filter (see {@link ComponentQueryParser} for the syntax). Each node says
 * what it matches through {@link #matches}, the reference semantics every store must follow.
 */
public sealed interface ComponentQuery {

    boolean matches(ComponentFacts component);

    /** Every part must match; with no parts, everything matches. */
    record AllOf(List<ComponentQuery> parts) implements ComponentQuery {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(ComponentFacts component) {
            return parts.stream().allMatch(part -> part.matches(component));
        }
    }

    /** At least one part must match. */
    record AnyOf(List<ComponentQuery> parts) implements ComponentQuery {
        public AnyOf {
            if (parts.size() < 2) {
                throw new IllegalArgumentException("an alternative needs two parts or more");
            }
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(ComponentFacts component) {
            return parts.stream().anyMatch(part -> part.matches(component));
        }
    }

    /** The part must not match. */
    record Not(ComponentQuery part) implements ComponentQuery {
        public Not {
            requireNonNull(part, "part is null");
        }

        @Override
        public boolean matches(ComponentFacts component) {
            return !part.matches(component);
        }
    }

    /** {@code kind:service} */
    record KindIs(ComponentKind kind) implements ComponentQuery {
        @Override
        public boolean matches(ComponentFacts component) {
            return component.kind().equals(kind);
        }
    }

    /** {@code provider:aws} */
    record ProviderIs(Provider provider) implements ComponentQuery {
        @Override
        public boolean matches(ComponentFacts component) {
            return component.provider() == provider;
        }
    }

    /** {@code under:aws/eu-west-1}: the component at that path and everything below it. */
    record Under(ComponentPath path) implements ComponentQuery {
        @Override
        public boolean matches(ComponentFacts component) {
            return component.path().isWithin(path);
        }
    }

    /** {@code tag:deprecated}: the effective tags hold this key, whatever its value. */
    record HasTag(String key) implements ComponentQuery {
        @Override
        public boolean matches(ComponentFacts component) {
            return component.tags().containsKey(key);
        }
    }

    /** {@code env=prod} or {@code tag:env=prod}: the effective value of the key is exactly this. */
    record TagEquals(String key, String value) implements ComponentQuery {
        @Override
        public boolean matches(ComponentFacts component) {
            return value.equals(component.tags().get(key));
        }
    }

    /** {@code name~checkout*}: the component's own name matches a glob ({@code *} any run, {@code ?} one character), ignoring case. */
    record NameMatches(String glob) implements ComponentQuery {
        public NameMatches {
            requireNonNull(glob, "glob is null");
        }

        @Override
        public boolean matches(ComponentFacts component) {
            return toRegex(glob).matcher(component.name()).matches();
        }

        /** The glob as an anchored, case-insensitive regular expression with everything else literal. */
        public static Pattern toRegex(String glob) {
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (char c : glob.toCharArray()) {
                if (c == '*' || c == '?') {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                    regex.append(c == '*' ? ".*" : ".");
                } else {
                    literal.append(c);
                }
            }
            regex.append(Pattern.quote(literal.toString()));
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        }
    }

    /** The query that matches every component. */
    static ComponentQuery everything() {
        return new AllOf(List.of());
    }
}
