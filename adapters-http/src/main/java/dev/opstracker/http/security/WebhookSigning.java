package dev.opstracker.http.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which alert sources sign their deliveries, and how. A source not listed authenticates with a bearer token
 * only, exactly as before signing existed. {@link #toString()} names schemes and headers, never secrets.
 */
public record WebhookSigning(Map<AlertSource, SourceSigning> sources) {

    public WebhookSigning {
        sources = Map.copyOf(requireNonNull(sources, "sources is null"));
    }

    /** No source signs: every webhook needs a bearer token. */
    public static WebhookSigning none() {
        return new WebhookSigning(Map.of());
    }

    public Optional<SourceSigning> forSource(AlertSource source) {
        return Optional.ofNullable(sources.get(source));
    }

    /**
     * Both configurations together, such as the environment's and a file's.
     *
     * @throws IllegalArgumentException when a source is configured in both
     */
    public WebhookSigning plus(WebhookSigning other) {
        Map<AlertSource, SourceSigning> both = new EnumMap<>(AlertSource.class);
        both.putAll(sources);
        for (Map.Entry<AlertSource, SourceSigning> entry : other.sources.entrySet()) {
            if (both.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalArgumentException("webhook signing for source %s is configured twice".formatted(entry.getKey().wireName()));
            }
        }
        return new WebhookSigning(both);
    }

    @Override
    public String toString() {
        // Sorted by source, so the text is stable; EnumMap's copy constructor refuses an empty map.
        return new TreeMap<>(sources).entrySet().stream()
                .map(entry -> entry.getKey().wireName() + "=" + entry.getValue())
                .collect(Collectors.joining(", ", "WebhookSigning[", "]"));
    }
}
