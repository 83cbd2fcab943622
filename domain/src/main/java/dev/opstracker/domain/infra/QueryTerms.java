package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Locale;
import java.util.Map;

/** Reads one term of a component query, such as {@code kind:service} or {@code env=prod}. */
final class QueryTerms {

    private QueryTerms() {
    }

    static ComponentQuery read(String word) {
        int colon = word.indexOf(':');
        int equals = word.indexOf('=');
        int tilde = word.indexOf('~');
        if (tilde > 0 && (colon < 0 || tilde < colon) && (equals < 0 || tilde < equals)) {
            return glob(word.substring(0, tilde), word.substring(tilde + 1));
        }
        if (colon > 0 && (equals < 0 || colon < equals)) {
            return field(word.substring(0, colon).toLowerCase(Locale.ROOT), word.substring(colon + 1), word);
        }
        if (equals > 0) {
            Map.Entry<String, String> tag = Tags.parse(word);
            return new ComponentQuery.TagEquals(tag.getKey(), tag.getValue());
        }
        throw unknown(word);
    }

    private static ComponentQuery field(String field, String value, String word) {
        return switch (field) {
            case "kind" -> new ComponentQuery.KindIs(ComponentKind.parse(value));
            case "provider" -> new ComponentQuery.ProviderIs(Provider.parse("provider", value));
            case "under" -> new ComponentQuery.Under(ComponentPath.parse(value));
            case "tag" -> value.indexOf('=') < 0
                    ? new ComponentQuery.HasTag(Tags.checkKey(value))
                    : new ComponentQuery.TagEquals(Tags.parse(value).getKey(), Tags.parse(value).getValue());
            default -> throw unknown(word);
        };
    }

    private static ComponentQuery glob(String field, String pattern) {
        if (!field.equalsIgnoreCase("name")) {
            throw new DomainException.InvalidInput("q", field + "~" + pattern, "only name~GLOB takes a pattern");
        }
        if (pattern.isEmpty()) {
            throw new DomainException.InvalidInput("q", field + "~", "name~ needs a pattern, such as name~web*");
        }
        return new ComponentQuery.NameMatches(pattern);
    }

    private static DomainException.InvalidInput unknown(String word) {
        return new DomainException.InvalidInput("q", word,
                "expected kind:KIND, provider:PROVIDER, under:PATH, tag:KEY, tag:KEY=VALUE, KEY=VALUE or name~GLOB");
    }
}
