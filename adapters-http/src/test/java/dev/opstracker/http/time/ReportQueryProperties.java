package dev.opstracker.http.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The query string of a time report: its range in a zone, its cut, its filters and formats. */
class ReportQueryProperties {

    private static final Map<String, List<String>> VALUES = Map.ofEntries(
            Map.entry("from", List.of("2026-06-01", "2026-06-01T00:00:00Z", "0001-01-01", "+999999999-12-31", "2026-02-30", "June", "")),
            Map.entry("to", List.of("2026-12-01", "2026-12-01T00:00:00Z", "-999999999-01-01", "9999-12-31T23:59:59.999999999Z", "2026-06-01")),
            Map.entry("tz", List.of("Europe/Berlin", "UTC", "+02:00", "Mars/Olympus", "", "Z")),
            Map.entry("groupBy", List.of("day", "week", "MONTH", "year")),
            Map.entry("format", List.of("csv", "json", "harvest", "toggl", "clockify", "pdf")),
            Map.entry("rounding", List.of("up/15/entry", "nearest/6/day/30", "down/1/entry", "up/7/entry", "up/15", "up/99999999999/entry", "//", "up/15/entry/-1")),
            Map.entry("dateFormat", List.of("MM/dd/yyyy", "HH", "'", "{{", "yyyy-MM-dd")),
            Map.entry("timeFormat", List.of("hh:mm:ss a", "yyyy", "p", "HH:mm")),
            Map.entry("client", List.of("ACME", "-bad")), Map.entry("project", List.of("acme-web", "a b")),
            Map.entry("task", List.of("12", "0", "-1", "99999999999999999999", "x")), Map.entry("user", List.of("marcus", "")),
            Map.entry("components", List.of("kind:service", "(", "under:", "name~")), Map.entry("subtree", List.of("true", "FALSE", "yes")));

    @Test
    void anyQueryStringIsAReportOrRefusedNamingOneOfItsParameters() {
        Tries.forAll(queries(), query -> {
            Throwable refused = catchThrowable(() -> ReportQuery.parse(query));

            if (refused != null) {
                Set<String> named = new HashSet<>(query.keySet());
                named.addAll(List.of("from", "to"));
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isIn(named));
            }
        });
    }

    @Test
    void aDateMeansItsFirstMomentInTheReportsZoneWhateverTheZone() {
        Tries.forAll(dates(), zones(), (date, zone) ->
                assertThat(LocalDate.ofInstant(ReportQuery.boundary("from", date.toString(), zone), zone)).isEqualTo(date));
    }

    private static Gen<Map<String, List<String>>> queries() {
        Gen<Map.Entry<String, List<String>>> known = Gen.of(List.copyOf(new TreeSet<>(VALUES.keySet()))).flatMap(name -> Gen.oneOf(
                Gen.of(VALUES.get(name)), Gen.anyStrings(0, 12)).list(1, 2).map(values -> Map.entry(name, values)));
        Gen<Map.Entry<String, List<String>>> unknown = Gen.of("limit", "cursor", "q", "access_token", "From", "")
                .map(name -> Map.entry(name, List.of("1")));
        return Gen.frequency(Gen.weight(9, known), Gen.weight(1, unknown)).list(8).map(entries -> {
            Map<String, List<String>> query = new LinkedHashMap<>();
            entries.forEach(entry -> query.putIfAbsent(entry.getKey(), entry.getValue()));
            return query;
        });
    }

    private static Gen<LocalDate> dates() {
        return Gen.longs(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2400, 1, 1).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static Gen<ZoneId> zones() {
        // Sorted, so that a seed picks the same zone on every JDK that lists the same zones.
        return Gen.of(List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()))).map(ZoneId::of);
    }
}
