package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the component filter language shared by the library, HTTP query strings and alert routing.
 *
 * <pre>
 * query  := and ( '|' and )*            alternatives; lowest precedence
 * and    := unary+                      terms side by side must all hold
 * unary  := '-' unary | '(' query ')' | term
 * term   := kind:KIND | provider:PROVIDER | under:PATH | tag:KEY | tag:KEY=VALUE | KEY=VALUE | name~GLOB
 * </pre>
 *
 * Example: {@code kind:service env=prod under:aws/eu-west-1 tag:team=payments -tag:deprecated name~checkout*}.
 * A blank query matches everything. Errors name the column and what was expected.
 */
public final class ComponentQueryParser {

    public static final int MAX_LENGTH = 2_000;
    private static final int MAX_NESTING = 32;
    private static final String TERM_EXAMPLES = "a term such as kind:service, env=prod, tag:team, under:aws/eu-west-1 or name~web*";

    private final String query;
    private final List<QueryToken> tokens;
    private int index;
    private int nesting;

    private ComponentQueryParser(String query) {
        this.query = query;
        this.tokens = QueryLexer.tokens(query);
    }

    /** Parses a query; null or blank matches every component. */
    public static ComponentQuery parse(String query) {
        if (query == null || query.isBlank()) {
            return ComponentQuery.everything();
        }
        if (query.length() > MAX_LENGTH) {
            throw new DomainException.InvalidInput("q", query, "a query has at most " + MAX_LENGTH + " characters");
        }
        ComponentQueryParser parser = new ComponentQueryParser(query);
        ComponentQuery parsed = parser.alternatives();
        QueryToken rest = parser.peek();
        if (rest.type() != QueryToken.Type.END) {
            String expected = rest.type() == QueryToken.Type.CLOSE ? "no ')' without a matching '('" : "the end of the query";
            throw syntaxError(query, rest.column(), expected, rest.describe());
        }
        return parsed;
    }

    static DomainException.InvalidInput syntaxError(String query, int column, String expected, String found) {
        return new DomainException.InvalidInput("q", query, "at column %d: expected %s but found %s".formatted(column, expected, found));
    }

    private ComponentQuery alternatives() {
        List<ComponentQuery> parts = new ArrayList<>();
        parts.add(conjunction());
        while (peek().type() == QueryToken.Type.OR) {
            index++;
            parts.add(conjunction());
        }
        return parts.size() == 1 ? parts.get(0) : new ComponentQuery.AnyOf(parts);
    }

    private ComponentQuery conjunction() {
        List<ComponentQuery> parts = new ArrayList<>();
        while (startsUnary(peek())) {
            parts.add(unary());
        }
        if (parts.isEmpty()) {
            throw syntaxError(query, peek().column(), TERM_EXAMPLES, peek().describe());
        }
        return parts.size() == 1 ? parts.get(0) : new ComponentQuery.AllOf(parts);
    }

    private ComponentQuery unary() {
        QueryToken token = tokens.get(index++);
        return switch (token.type()) {
            case NOT -> new ComponentQuery.Not(nested(token, this::unaryAfterNot));
            case OPEN -> nested(token, () -> group(token));
            case WORD -> term(token);
            case CLOSE, OR, END -> throw syntaxError(query, token.column(), TERM_EXAMPLES, token.describe());
        };
    }

    private ComponentQuery unaryAfterNot() {
        if (!startsUnary(peek())) {
            throw syntaxError(query, peek().column(), TERM_EXAMPLES + " after '-'", peek().describe());
        }
        return unary();
    }

    private ComponentQuery group(QueryToken opening) {
        ComponentQuery inside = alternatives();
        QueryToken closing = tokens.get(index);
        if (closing.type() != QueryToken.Type.CLOSE) {
            throw syntaxError(query, closing.column(), "')' to close the '(' at column " + opening.column(), closing.describe());
        }
        index++;
        return inside;
    }

    private ComponentQuery nested(QueryToken token, Supplier<ComponentQuery> inner) {
        if (++nesting > MAX_NESTING) {
            throw syntaxError(query, token.column(), "at most " + MAX_NESTING + " levels of '(' and '-'", "more");
        }
        try {
            return inner.get();
        } finally {
            nesting--;
        }
    }

    private ComponentQuery term(QueryToken word) {
        try {
            return QueryTerms.read(word.text());
        } catch (DomainException.InvalidInput invalid) {
            throw new DomainException.InvalidInput("q", query, "at column %d: %s".formatted(word.column(), invalid.getMessage()));
        }
    }

    private QueryToken peek() {
        return tokens.get(index);
    }

    private static boolean startsUnary(QueryToken token) {
        return switch (token.type()) {
            case NOT, OPEN, WORD -> true;
            case CLOSE, OR, END -> false;
        };
    }
}
