package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a component runs. */
public enum Provider {
    AWS("aws"),
    GCP("gcp"),
    AZURE("azure"),
    HETZNER("hetzner"),
    ON_PREM("on-prem"),
    OTHER("other");

    private final String wireName;

    Provider(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API, filters and imports, such as {@code on-prem}. */
    public String wireName() {
        return wireName;
    }

    /** Reads a provider name ignoring case; {@code on_prem} and {@code onprem} mean {@code on-prem}. */
    public static Provider parse(String field, String text) {
        if (text != null) {
            String normalized = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (normalized.equals("onprem")) {
                return ON_PREM;
            }
            for (Provider provider : values()) {
                if (provider.wireName.equals(normalized)) {
                    return provider;
                }
            }
        }
        throw new DomainException.InvalidInput(field, text, "expected one of "
                + Arrays.stream(values()).map(Provider::wireName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
