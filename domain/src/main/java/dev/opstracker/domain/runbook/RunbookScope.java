package dev.opstracker.domain.runbook;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a runbook applies: the alerts (by name) whose tasks it was learnt from, the kinds of
 * components they touched, and the tags all of those components shared. An alert opening a task
 * on a matching component gets the runbook suggested.
 */
public record RunbookScope(SortedSet<String> alertNames, SortedSet<String> componentKinds, SortedMap<String, String> tags) {

    public RunbookScope {
        alertNames = new TreeSet<>(alertNames);
        componentKinds = new TreeSet<>(componentKinds);
        tags = new TreeMap<>(tags);
    }

    public static RunbookScope of(Set<String> alertNames, Set<String> componentKinds, Map<String, String> tags) {
        return new RunbookScope(new TreeSet<>(alertNames), new TreeSet<>(componentKinds), new TreeMap<>(tags));
    }
}
