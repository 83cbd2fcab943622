package dev.opstracker.http.shared;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query string of a list route. Every list pages by {@code limit} and {@code cursor}; an
 * unknown parameter is an error, so a typo never silently widens the result.
 */
public final class QueryParameters {

    public static final Set<String> PAGING = Set.of("limit", "cursor");
    /** Unknown parameters are named but their values never shown: a misplaced {@code access_token} is a secret. */
    private static final String VALUE_NOT_SHOWN = "(value not shown)";

    private final Map<String, List<String>> parameters;

    private QueryParameters(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** Parameters of a route that knows {@link #PAGING} and {@code filters}. */
    public static QueryParameters of(Map<String, List<String>> parameters, Set<String> filters) {
        Set<String> known = Stream.concat(PAGING.stream(), filters.stream()).collect(Collectors.toSet());
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new DomainException.InvalidInput(name, VALUE_NOT_SHOWN,
                        "unknown query parameter; known ones: " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return new QueryParameters(parameters);
    }

    /** Parameters of a route that returns no list: it knows {@code names} only, not even {@link #PAGING}. */
    public static QueryParameters only(Map<String, List<String>> parameters, Set<String> names) {
        for (String name : parameters.keySet()) {
            if (!names.contains(name)) {
                throw new DomainException.InvalidInput(name, VALUE_NOT_SHOWN, names.isEmpty() ? "this route takes no query parameters"
                        : "unknown query parameter; known ones: " + String.join(", ", new TreeSet<>(names)));
            }
        }
        return new QueryParameters(parameters);
    }

    /** Every value of a repeatable parameter, as given. */
    public List<String> all(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** Values that repeat or are comma-separated, stripped, empty ones dropped. */
    public List<String> listed(String name) {
        return all(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** The value of a parameter given at most once, or null. */
    public String single(String name) {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw new DomainException.InvalidInput(name, String.join(",", values), "give this parameter at most once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A parameter given at most once as {@code true} or {@code false}; absent means false. */
    public boolean flag(String name) {
        String value = single(name);
        if (value == null || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new DomainException.InvalidInput(name, value, "expected true or false");
    }

    /** {@code limit} (default {@value PageRequest#DEFAULT_LIMIT}) and {@code cursor}. */
    public PageRequest page() {
        return new PageRequest(limit(PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT), single("cursor"));
    }

    /**
     * {@code limit} of a list that is not paged (the use case checks it against {@code max}); a
     * {@code cursor} is refused rather than ignored.
     */
    public int unpagedLimit(int defaultLimit, int max) {
        String cursor = single("cursor");
        if (cursor != null) {
            throw new DomainException.InvalidInput("cursor", cursor, "this list comes in one piece; ask for more with limit");
        }
        return limit(defaultLimit, max);
    }

    private int limit(int defaultLimit, int max) {
        String text = single("limit");
        if (text == null || text.isBlank()) {
            return defaultLimit;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("limit", text, "expected a whole number from 1 to " + max);
        }
    }
}
