package dev.opstracker.persistence.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random tree of a few thousand components (depth up to 7, a few tags each) written to a store
 * under test and to the reference {@link InMemoryComponentStore} alike, so that their query results
 * can be compared, by path since the two assign different ids.
 */
final class GeneratedTree {

    private static final int SIZE = 5_000;
    private static final int MAX_DEPTH = 7;
    private static final String[] KINDS = {"cluster", "namespace", "service", "database", "node"};
    private static final String[] ENVS = {"prod", "staging", "dev"};
    private static final String[] TEAMS = {"payments", "search", "infra"};
    private static final ParentingRules ANY = ParentingRules.permissive();
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final ComponentStore tested;
    private final ComponentStore reference = new InMemoryComponentStore();
    private final Random random = new Random(20261121);
    private final List<ComponentPath> paths = new ArrayList<>();

    GeneratedTree(ComponentStore tested) {
        this.tested = tested;
    }

    void checkAgreement() {
        Map<ComponentPath, Component> testedByPath = new HashMap<>();
        Map<ComponentPath, Component> referenceByPath = new HashMap<>();
        // The components the store holds already go into the reference first, parents before children.
        for (Component present : tested.query(ComponentQuery.everything(), PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
            Component parent = present.parentId() == null ? null : referenceByPath.get(tested.find(present.parentId()).orElseThrow().path());
            ComponentDetails details = new ComponentDetails(present.kind(), present.name(), present.provider(), present.externalId(), present.tags());
            referenceByPath.put(present.path(), reference.add(Component.create(details, parent, ANY, NOW)));
        }
        for (int i = 0; i < SIZE; i++) {
            ComponentPath parent = i % 100 == 0 ? null : paths.get(random.nextInt(paths.size()));
            if (parent != null && parent.depth() >= MAX_DEPTH) {
                parent = parent.rebase(parent, new ComponentPath(parent.names().subList(0, 2)));
            }
            ComponentDetails details = new ComponentDetails(ComponentKind.parse(KINDS[random.nextInt(KINDS.length)]),
                    "c" + i, parent == null ? Provider.values()[random.nextInt(3)] : null, null, tags());
            Component added = tested.add(Component.create(details, testedByPath.get(parent), ANY, NOW));
            testedByPath.put(added.path(), added);
            referenceByPath.put(added.path(), reference.add(Component.create(details, referenceByPath.get(parent), ANY, NOW)));
            paths.add(added.path());
        }
        List<String> queries = List.of("kind:service env=prod tag:team=payments under:" + paths.get(1).names().get(0),
                "kind:service env=prod tag:team=payments", "-tag:deprecated (env=staging | provider:gcp) name~c1*",
                "under:" + paths.get(150) + " -env=prod", "tag:deprecated | kind:database env=dev");
        queries.forEach(this::assertSameMatches);

        moveAndRetag(paths.get(3), paths.get(200));
        moveAndRetag(paths.get(1), paths.get(300));
        queries.forEach(this::assertSameMatches);
    }

    private void moveAndRetag(ComponentPath moved, ComponentPath newParent) {
        for (ComponentStore store : List.of(tested, reference)) {
            Component component = store.findByPath(moved).orElseThrow();
            Component parent = store.findByPath(newParent).orElseThrow();
            if (parent.path().isWithin(component.path())) {
                continue;
            }
            Component movedOne = store.update(component.moveUnder(parent, ANY, NOW));
            store.update(movedOne.edit(new ComponentDetails(movedOne.kind(), movedOne.name(), null, null, Map.of("env", "staging")), NOW));
            Component top = store.findByPath(new ComponentPath(parent.path().names().subList(0, 1))).orElseThrow();
            store.update(top.edit(new ComponentDetails(top.kind(), top.name(), null, null, Map.of("team", "payments", "env", "prod")), NOW));
        }
    }

    private void assertSameMatches(String query) {
        List<String> expected = matchingPaths(reference, query);
        assertThat(matchingPaths(tested, query)).as("paths matching %s", query).isEqualTo(expected);
    }

    private static List<String> matchingPaths(ComponentStore store, String query) {
        List<String> matching = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Component> page;
        do {
            page = store.query(ComponentQueryParser.parse(query), request);
            page.items().forEach(component -> matching.add(component.path().toString()));
            request = new PageRequest(PageRequest.MAX_LIMIT, page.next());
        } while (page.next() != null);
        assertThat(page.total()).isEqualTo(matching.size());
        return matching;
    }

    private Map<String, String> tags() {
        Map<String, String> tags = new HashMap<>();
        if (random.nextInt(4) == 0) {
            tags.put("env", ENVS[random.nextInt(ENVS.length)]);
        }
        if (random.nextInt(4) == 0) {
            tags.put("team", TEAMS[random.nextInt(TEAMS.length)]);
        }
        if (random.nextInt(20) == 0) {
            tags.put("deprecated", "");
        }
        tags.put("tier", Integer.toString(random.nextInt(3)));
        return tags;
    }
}
