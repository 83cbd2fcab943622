package dev.opstracker.domain.infra;

import java.util.stream.Collectors;

/**
 * Writes a parsed query back as text of the filter language, for the round-trip property. Groups
 * and negated groups are always parenthesised, so the text parses to the same tree rather than a
 * flattened one; a word is quoted when it holds anything the lexer would split it at.
 */
final class QueryText {

    private QueryText() {
    }

    static String of(ComponentQuery query) {
        return switch (query) {
            case ComponentQuery.AllOf all -> all.parts().stream().map(QueryText::operand).collect(Collectors.joining(" "));
            case ComponentQuery.AnyOf any -> any.parts().stream().map(QueryText::operand).collect(Collectors.joining(" | "));
            case ComponentQuery.Not not -> "-" + operand(not.part());
            case ComponentQuery.KindIs kind -> word("kind:" + kind.kind().name());
            case ComponentQuery.ProviderIs provider -> word("provider:" + provider.provider().wireName());
            case ComponentQuery.Under under -> word("under:" + under.path());
            case ComponentQuery.HasTag tag -> word("tag:" + tag.key());
            case ComponentQuery.TagEquals tag -> word(tag.key() + "=" + tag.value());
            case ComponentQuery.NameMatches name -> word("name~" + name.glob());
        };
    }

    private static String operand(ComponentQuery part) {
        return part instanceof ComponentQuery.AllOf || part instanceof ComponentQuery.AnyOf ? "(" + of(part) + ")" : of(part);
    }

    /**
     * A word as the lexer reads it back: quoted when it holds space, a parenthesis, '|' or '"', with
     * '"' escaped as {@code \"}. A backslash just before the closing quote would escape it, so
     * trailing backslashes are written after the quote, where they are plain characters.
     */
    static String word(String text) {
        if (text.chars().noneMatch(c -> Character.isWhitespace(c) || c == '(' || c == ')' || c == '|' || c == '"')) {
            return text;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end--;
        }
        return "\"" + text.substring(0, end).replace("\"", "\\\"") + "\"" + text.substring(end);
    }
}
