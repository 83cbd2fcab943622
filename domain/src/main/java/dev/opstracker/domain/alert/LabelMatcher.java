package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition on an alert's labels, written as Alertmanager and PromQL write them:
 * {@code name=value}, {@code name!=value}, {@code name=~regex}, {@code name!~regex}. A regular
 * expression must match the whole value; a missing label counts as the empty value.
 */
public record LabelMatcher(String label, Operator operator, String value) {

    public enum Operator {
        EQUALS("="),
        NOT_EQUALS("!="),
        MATCHES("=~"),
        NOT_MATCHES("!~");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_.-]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*");

    public LabelMatcher {
        requireNonNull(label, "label is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(value, "value is null");
        if (operator == Operator.MATCHES || operator == Operator.NOT_MATCHES) {
            compile(label, value);
        }
    }

    /** Reads {@code name=value} and the like; {@code field} names where the text came from in errors. */
    public static LabelMatcher parse(String field, String text) {
        Matcher parts = text == null ? null : SYNTAX.matcher(text);
        if (parts == null || !parts.matches()) {
            throw new DomainException.InvalidInput(field, text, "a matcher is label=value, label!=value, label=~regex or label!~regex");
        }
        String value = unquote(parts.group(3));
        for (Operator operator : Operator.values()) {
            if (operator.symbol.equals(parts.group(2))) {
                try {
                    return new LabelMatcher(parts.group(1), operator, value);
                } catch (DomainException.InvalidInput invalid) {
                    throw invalid.renamed(field);
                }
            }
        }
        throw new IllegalStateException("the syntax admits only the four operators");
    }

    public boolean matches(Alert alert) {
        String actual = alert.labels().getOrDefault(label, "");
        return switch (operator) {
            case EQUALS -> actual.equals(value);
            case NOT_EQUALS -> !actual.equals(value);
            case MATCHES -> compile(label, value).matcher(actual).matches();
            case NOT_MATCHES -> !compile(label, value).matcher(actual).matches();
        };
    }

    @Override
    public String toString() {
        return label + operator.symbol + value;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static Pattern compile(String label, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException invalid) {
            throw new DomainException.InvalidInput("matchers", label + " " + regex, "not a valid regular expression: " + invalid.getDescription());
        }
    }
}
