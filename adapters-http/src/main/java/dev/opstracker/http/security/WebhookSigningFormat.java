package dev.opstracker.http.security;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.security.GrafanaSignature;
import dev.opstracker.domain.security.SigningSecret;
import dev.opstracker.domain.security.StandardWebhookSignature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the webhook signing configuration: entries separated by {@code ;} or line breaks, each
 * {@code SOURCE=SCHEME[ OPTION=VALUE...]:SECRET[,SECRET...]}, blank entries and {@code #} comments ignored:
 *
 * <pre>
 * events=standard-webhooks:whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw,whsec_...
 * grafana=grafana-hmac timestamp-header=X-Grafana-Alerting-Timestamp:s3cret
 * </pre>
 *
 * Several secrets are accepted at once, for rotation. Secrets cannot contain {@code ,}, {@code ;} or line breaks.
 * Errors name the origin, the entry's number and its source, but never quote the text: any of it may be a secret.
 */
public final class WebhookSigningFormat {

    static final String TIMESTAMP_HEADER = "timestamp-header";
    static final String SIGNATURE_HEADER = "signature-header";
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[;\\r\\n]");
    /** An HTTP field name (RFC 9110 token). */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final String ENTRY_SHAPE = "SOURCE=SCHEME:SECRET[,SECRET...]";

    private WebhookSigningFormat() {
    }

    /**
     * @param origin where the text came from, for error messages, such as {@code OPSTRACKER_WEBHOOK_SIGNING}
     * @throws IllegalArgumentException naming the origin, entry and problem, when the text is not valid
     */
    public static WebhookSigning parse(String origin, String text) {
        Map<AlertSource, SourceSigning> sources = new EnumMap<>(AlertSource.class);
        String[] entries = text == null ? new String[0] : ENTRY_SEPARATOR.split(text, -1);
        for (int index = 0; index < entries.length; index++) {
            String entry = entries[index].strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String where = "%s entry %d".formatted(origin, index + 1);
            AlertSource source = source(where, entry);
            where += " (source %s)".formatted(source.wireName());
            if (sources.put(source, signing(where, entry.substring(entry.indexOf('=') + 1))) != null) {
                throw new IllegalArgumentException(where + ": the source is configured twice");
            }
        }
        return new WebhookSigning(sources);
    }

    private static AlertSource source(String where, String entry) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("%s: expected %s".formatted(where, ENTRY_SHAPE));
        }
        String name = entry.substring(0, equals).strip();
        for (AlertSource source : AlertSource.values()) {
            if (source.wireName().equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("%s: unknown source; expected one of %s".formatted(where,
                Arrays.stream(AlertSource.values()).map(AlertSource::wireName).collect(Collectors.joining(", "))));
    }

    private static SourceSigning signing(String where, String definition) {
        int colon = definition.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("%s: expected %s".formatted(where, ENTRY_SHAPE));
        }
        List<String> words = List.of(definition.substring(0, colon).strip().split("\\s+"));
        String scheme = words.get(0);
        Map<String, String> options = options(where, words.subList(1, words.size()));
        List<String> secrets = secrets(where, definition.substring(colon + 1));
        return switch (scheme) {
            case SourceSigning.StandardWebhooks.SCHEME -> standardWebhooks(where, options, secrets);
            case SourceSigning.GrafanaHmac.SCHEME -> grafanaHmac(where, options, secrets);
            default -> throw new IllegalArgumentException("%s: unknown scheme; expected %s or %s"
                    .formatted(where, SourceSigning.StandardWebhooks.SCHEME, SourceSigning.GrafanaHmac.SCHEME));
        };
    }

    private static SourceSigning standardWebhooks(String where, Map<String, String> options, List<String> secrets) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("%s: %s takes no options".formatted(where, SourceSigning.StandardWebhooks.SCHEME));
        }
        List<SigningSecret> keys = new ArrayList<>();
        for (int index = 0; index < secrets.size(); index++) {
            try {
                keys.add(SigningSecret.standardWebhooks(secrets.get(index)));
            } catch (IllegalArgumentException malformed) {
                // The message was written not to quote the secret.
                throw new IllegalArgumentException("%s: secret %d: %s".formatted(where, index + 1, malformed.getMessage()));
            }
        }
        return new SourceSigning.StandardWebhooks(new StandardWebhookSignature(keys));
    }

    private static SourceSigning grafanaHmac(String where, Map<String, String> options, List<String> secrets) {
        Map<String, String> remaining = new LinkedHashMap<>(options);
        String signatureHeader = remaining.remove(SIGNATURE_HEADER);
        String timestampHeader = remaining.remove(TIMESTAMP_HEADER);
        if (!remaining.isEmpty()) {
            throw new IllegalArgumentException("%s: unknown option; %s takes %s=NAME and %s=NAME"
                    .formatted(where, SourceSigning.GrafanaHmac.SCHEME, SIGNATURE_HEADER, TIMESTAMP_HEADER));
        }
        List<SigningSecret> keys = secrets.stream().map(SigningSecret::text).toList();
        return new SourceSigning.GrafanaHmac(new GrafanaSignature(keys, timestampHeader != null),
                signatureHeader == null ? SourceSigning.GrafanaHmac.DEFAULT_SIGNATURE_HEADER : signatureHeader, timestampHeader);
    }

    private static Map<String, String> options(String where, List<String> words) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            String value = equals < 0 ? "" : word.substring(equals + 1);
            if (equals < 1 || !HEADER_NAME.matcher(value).matches()) {
                throw new IllegalArgumentException("%s: an option is NAME=HEADER-NAME, the header name without spaces or ':'".formatted(where));
            }
            if (options.put(word.substring(0, equals), value) != null) {
                throw new IllegalArgumentException("%s: an option is given twice".formatted(where));
            }
        }
        return options;
    }

    private static List<String> secrets(String where, String list) {
        List<String> secrets = new ArrayList<>();
        String[] parts = list.split(",", -1);
        for (int index = 0; index < parts.length; index++) {
            String secret = parts[index].strip();
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("%s: secret %d is empty".formatted(where, index + 1));
            }
            secrets.add(secret);
        }
        return secrets;
    }
}
