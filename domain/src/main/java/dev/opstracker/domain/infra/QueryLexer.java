package dev.opstracker.domain.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a component query into tokens: parentheses, {@code |}, a leading {@code -} on a term,
 * and words. Double quotes group characters (spaces, parentheses) into a word; {@code \"} inside
 * quotes is a quote.
 */
final class QueryLexer {

    private final String query;
    private int position;

    private QueryLexer(String query) {
        this.query = query;
    }

    static List<QueryToken> tokens(String query) {
        return new QueryLexer(query).all();
    }

    private List<QueryToken> all() {
        List<QueryToken> tokens = new ArrayList<>();
        while (true) {
            while (position < query.length() && Character.isWhitespace(query.charAt(position))) {
                position++;
            }
            if (position == query.length()) {
                tokens.add(new QueryToken(QueryToken.Type.END, "", position + 1));
                return tokens;
            }
            tokens.add(next(tokens));
        }
    }

    private QueryToken next(List<QueryToken> before) {
        int column = position + 1;
        char c = query.charAt(position);
        switch (c) {
            case '(' -> {
                position++;
                return new QueryToken(QueryToken.Type.OPEN, "(", column);
            }
            case ')' -> {
                position++;
                return new QueryToken(QueryToken.Type.CLOSE, ")", column);
            }
            case '|' -> {
                position++;
                return new QueryToken(QueryToken.Type.OR, "|", column);
            }
            case '-' -> {
                position++;
                return new QueryToken(QueryToken.Type.NOT, "-", column);
            }
            default -> {
                return word(column);
            }
        }
    }

    private QueryToken word(int column) {
        StringBuilder word = new StringBuilder();
        while (position < query.length()) {
            char c = query.charAt(position);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '|') {
                break;
            }
            if (c == '"') {
                quoted(word);
            } else {
                word.append(c);
                position++;
            }
        }
        return new QueryToken(QueryToken.Type.WORD, word.toString(), column);
    }

    private void quoted(StringBuilder word) {
        int opening = position + 1;
        position++;
        while (position < query.length()) {
            char c = query.charAt(position);
            if (c == '\\' && position + 1 < query.length() && query.charAt(position + 1) == '"') {
                word.append('"');
                position += 2;
            } else if (c == '"') {
                position++;
                return;
            } else {
                word.append(c);
                position++;
            }
        }
        throw ComponentQueryParser.syntaxError(query, opening, "a closing '\"' for the quote", "the end of the query");
    }
}
