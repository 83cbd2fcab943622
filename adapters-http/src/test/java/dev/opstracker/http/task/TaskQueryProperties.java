package dev.opstracker.http.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The task list's filter: statuses, priorities, people, billing codes, attributes, title text and paging. */
class TaskQueryProperties {

    private static final Map<String, List<String>> VALUES = Map.of(
            "status", List.of("open", "OPEN,done", "in_progress", "blocked,,", "closed", ""),
            "priority", List.of("P1", "high,P3", "urgent", "p5"),
            "assignee", List.of("marcus", ""), "client", List.of("ACME", "-x"), "project", List.of("acme-web", "a b"),
            "attr", List.of("env=prod", "=x", "env", "env=prod=eu", "a=1"), "text", List.of("tls", "%", "\u0000"),
            "limit", List.of("1", "500", "501", "0", "-1", "99999999999", "ten", ""), "cursor", List.of("12", "0", "abc", "-1", "9".repeat(19), " "));

    @Property
    void anyQueryStringIsAFilterWithAPageOrRefusedNamingOneOfItsParameters(@ForAll("queries") Map<String, List<String>> query) {
        Throwable refused = catchThrowable(() -> TaskQuery.from(query));

        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isIn(query.keySet()));
        }
    }

    @Provide
    Arbitrary<Map<String, List<String>>> queries() {
        Arbitrary<Map.Entry<String, List<String>>> known = Arbitraries.of(List.copyOf(VALUES.keySet())).flatMap(name -> Arbitraries.oneOf(
                Arbitraries.of(VALUES.get(name)), Arbitraries.strings().all().ofMaxLength(12)).list().ofMinSize(1).ofMaxSize(3)
                .map(values -> Map.entry(name, values)));
        Arbitrary<Map.Entry<String, List<String>>> unknown = Arbitraries.of("q", "sort", "Status", "").map(name -> Map.entry(name, List.of("x")));
        return Arbitraries.frequencyOf(Tuple.of(9, known), Tuple.of(1, unknown)).list().ofMaxSize(8).map(entries -> {
            Map<String, List<String>> query = new LinkedHashMap<>();
            entries.forEach(entry -> query.putIfAbsent(entry.getKey(), entry.getValue()));
            return query;
        });
    }
}
