package dev.opstracker.http.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The task list's filter: statuses, priorities, people, billing codes, attributes, title text and paging. */
class TaskQueryProperties {

    private static final Map<String, List<String>> VALUES = Map.of(
            "status", List.of("open", "OPEN,done", "in_progress", "blocked,,", "closed", ""),
            "priority", List.of("P1", "high,P3", "urgent", "p5"),
            "assignee", List.of("marcus", ""), "client", List.of("ACME", "-x"), "project", List.of("acme-web", "a b"),
            "attr", List.of("env=prod", "=x", "env", "env=prod=eu", "a=1"), "text", List.of("tls", "%", "\u0000"),
            "limit", List.of("1", "500", "501", "0", "-1", "99999999999", "ten", ""), "cursor", List.of("12", "0", "abc", "-1", "9".repeat(19), " "));

    @Test
    void anyQueryStringIsAFilterWithAPageOrRefusedNamingOneOfItsParameters() {
        Tries.forAll(queries(), query -> {
            Throwable refused = catchThrowable(() -> TaskQuery.from(query));

            if (refused != null) {
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isIn(query.keySet()));
            }
        });
    }

    private static Gen<Map<String, List<String>>> queries() {
        Gen<Map.Entry<String, List<String>>> known = Gen.of(List.copyOf(new TreeSet<>(VALUES.keySet()))).flatMap(name -> Gen.oneOf(
                Gen.of(VALUES.get(name)), Gen.anyStrings(0, 12)).list(1, 3).map(values -> Map.entry(name, values)));
        Gen<Map.Entry<String, List<String>>> unknown = Gen.of("q", "sort", "Status", "").map(name -> Map.entry(name, List.of("x")));
        return Gen.frequency(Gen.weight(9, known), Gen.weight(1, unknown)).list(8).map(entries -> {
            Map<String, List<String>> query = new LinkedHashMap<>();
            entries.forEach(entry -> query.putIfAbsent(entry.getKey(), entry.getValue()));
            return query;
        });
    }
}
