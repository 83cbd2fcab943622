package dev.opstracker.http.infra;

import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.http.shared.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query string of {@code GET /api/v1/components}: a filter-language query {@code q} (blank
 * or absent matches everything) paged by {@code limit} and {@code cursor}, {@code total=false}
 * sparing the count of all matches, or a look-up of the one component at {@code path}.
 *
 * @param path the path to look up; null for a search
 */
record ComponentSearch(String query, ComponentPath path, PageRequest page) {

    private static final Set<String> FILTERS = Set.of("q", "path", "total");

    static ComponentSearch from(Map<String, List<String>> query) {
        QueryParameters parameters = QueryParameters.of(query, FILTERS);
        String filter = parameters.single("q");
        String path = parameters.single("path");
        if (path != null && filter != null) {
            throw new DomainException.InvalidInput("path", path, "look a component up by path or search with q, not both");
        }
        PageRequest page = parameters.single("total") == null || parameters.flag("total") ? parameters.page() : parameters.page().withoutTotal();
        return new ComponentSearch(filter, path == null ? null : ComponentPath.parse(path), page);
    }

    boolean byPath() {
        return path != null;
    }
}
