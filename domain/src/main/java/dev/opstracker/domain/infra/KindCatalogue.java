package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kinds components may have: the built-in ones plus those users registered. Strict on
 * purpose: a kind nobody registered is refused, so that a typo such as {@code servcie} is caught
 * instead of becoming a kind of its own.
 */
public final class KindCatalogue {

    /** How to add a kind, for people who hit an unknown one. */
    public static final String HOW_TO_REGISTER =
            "register it as a component kind first (POST /api/v1/component-kinds, or InfrastructureRules.registerKind)";

    private static final int SUGGESTIONS = 3;
    private static final Map<String, String> BUILT_IN_DESCRIPTIONS = Map.ofEntries(
            Map.entry("provider", "a cloud or hosting provider, or your own premises"),
            Map.entry("account", "a billing or tenancy account at a provider"),
            Map.entry("project", "a provider's project or subscription grouping resources"),
            Map.entry("region", "a geographic region of a provider"),
            Map.entry("zone", "an availability zone within a region"),
            Map.entry("datacenter", "a physical site or colocation facility"),
            Map.entry("network", "a virtual network, VPC or subnet"),
            Map.entry("cluster", "a group of machines run as one, such as a Kubernetes cluster"),
            Map.entry("node", "a machine in a cluster"),
            Map.entry("server", "a physical or virtual machine"),
            Map.entry("namespace", "an isolated space within a cluster"),
            Map.entry("service", "a running application or API"),
            Map.entry("database", "a database instance or schema"),
            Map.entry("queue", "a message queue or topic"),
            Map.entry("bucket", "an object storage bucket"),
            Map.entry("load-balancer", "a load balancer or reverse proxy"),
            Map.entry("dns-zone", "a DNS zone"),
            Map.entry("certificate", "a TLS certificate"));

    private final Map<String, KindDefinition> kinds;

    private KindCatalogue(Map<String, KindDefinition> kinds) {
        this.kinds = kinds;
    }

    /** The built-in kinds, by name. */
    public static List<KindDefinition> builtIns() {
        return ComponentKind.BUILT_IN.stream().sorted()
                .map(name -> new KindDefinition(new ComponentKind(name), BUILT_IN_DESCRIPTIONS.get(name), true)).toList();
    }

    /** The built-in kinds plus {@code registered}. */
    public static KindCatalogue withRegistered(Collection<KindDefinition> registered) {
        Map<String, KindDefinition> all = new TreeMap<>();
        builtIns().forEach(kind -> all.put(kind.kind().name(), kind));
        registered.forEach(kind -> all.putIfAbsent(kind.kind().name(), kind));
        return new KindCatalogue(Map.copyOf(all));
    }

    /** Every known kind, by name. */
    public List<KindDefinition> all() {
        return kinds.values().stream().sorted(Comparator.comparing(kind -> kind.kind().name())).toList();
    }

    public boolean knows(ComponentKind kind) {
        return kinds.containsKey(kind.name());
    }

    /**
     * @param field the input field that named the kind, for the error
     * @throws DomainException.InvalidInput naming the kind, the closest known kinds and how to register it, when it is unknown
     */
    public void require(String field, ComponentKind kind) {
        if (knows(kind)) {
            return;
        }
        List<String> closest = closestTo(kind.name());
        String hint = closest.isEmpty() ? "" : "did you mean %s? If not, ".formatted(String.join(", ", closest));
        throw new DomainException.InvalidInput(field, kind, "unknown kind of component; %s%s".formatted(hint, HOW_TO_REGISTER));
    }

    /** The known kinds nearest to {@code name} in spelling (at most three), nearest first. */
    List<String> closestTo(String name) {
        int tolerance = Math.max(2, name.length() / 3);
        return kinds.keySet().stream()
                .filter(known -> distance(known, name) <= tolerance || known.startsWith(name) || name.startsWith(known))
                .sorted(Comparator.comparingInt((String known) -> distance(known, name)).thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS).toList();
    }

    /** The conflict for registering a kind that exists. */
    public static DomainException.Conflict duplicate(ComponentKind kind) {
        return new DomainException.Conflict("duplicate-kind", "the component kind %s exists already".formatted(kind));
    }

    /** The conflict for unregistering a kind some components still have. */
    public static DomainException.Conflict inUse(ComponentKind kind, long components) {
        return new DomainException.Conflict("kind-in-use", "the component kind %s is used by %d component%s; change or delete them first"
                .formatted(kind, components, components == 1 ? "" : "s"));
    }

    /** The conflict for unregistering a kind the parenting rules name. */
    public static DomainException.Conflict namedByRules(ComponentKind kind) {
        return new DomainException.Conflict("kind-in-rules",
                "the parenting rules name the component kind %s; replace the rules without it first".formatted(kind));
    }

    /** Rules that name a kind unregistered since they were checked; the store refuses them under its lock. */
    public static DomainException.InvalidInput unregisteredInRules(ComponentKind kind) {
        return new DomainException.InvalidInput("rules", kind.name(), "is not a registered kind (it was unregistered meanwhile); register it first");
    }

    /** The conflict for unregistering a built-in kind. */
    public static DomainException.Conflict builtIn(ComponentKind kind) {
        return new DomainException.Conflict("built-in-kind", "the component kind %s is built in and cannot be unregistered".formatted(kind));
    }

    /** Levenshtein distance: the fewest single-letter edits turning one name into the other. */
    static int distance(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KindCatalogue catalogue && catalogue.kinds.equals(kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    @Override
    public String toString() {
        return "KindCatalogue" + new TreeSet<>(kinds.keySet());
    }
}
