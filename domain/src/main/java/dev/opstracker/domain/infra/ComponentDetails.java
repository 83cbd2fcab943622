package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import java.util.Map;

/**
 * The fields of a component a person writes: what it is, what it is called, where it runs, the
 * provider's own identifier for it, and its tags.
 *
 * @param provider   where it runs; null means "the parent's provider" (required for a root)
 * @param externalId the provider's identifier (ARN, instance id, resource URI); optional, unique when given
 */
public record ComponentDetails(ComponentKind kind, String name, Provider provider, String externalId, Map<String, String> tags) {

    public static final int MAX_EXTERNAL_ID_LENGTH = 512;

    public ComponentDetails {
        requireNonNull(kind, "kind is null");
        name = ComponentPath.checkName(name == null ? null : name.strip());
        externalId = checkExternalId(externalId);
        tags = Tags.copyOf(tags);
    }

    public static ComponentDetails of(String kind, String name) {
        return new ComponentDetails(ComponentKind.parse(kind), name, null, null, Map.of());
    }

    public ComponentDetails withProvider(Provider value) {
        return new ComponentDetails(kind, name, value, externalId, tags);
    }

    public ComponentDetails withExternalId(String value) {
        return new ComponentDetails(kind, name, provider, value, tags);
    }

    public ComponentDetails withTags(Map<String, String> value) {
        return new ComponentDetails(kind, name, provider, externalId, value);
    }

    public ComponentDetails withName(String value) {
        return new ComponentDetails(kind, value, provider, externalId, tags);
    }

    private static String checkExternalId(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return null;
        }
        String stripped = externalId.strip();
        Text.requireWellFormed("externalId", stripped);
        if (stripped.length() > MAX_EXTERNAL_ID_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException.InvalidInput("externalId", externalId,
                    "an external id has at most " + MAX_EXTERNAL_ID_LENGTH + " characters and no control characters");
        }
        return stripped;
    }
}
