package dev.opstracker.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns Jackson's complaints about a request body into problems that name the field and value,
 * in words rather than Java class names.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * The body's bytes are no text in the encoding they start like: Jackson takes a body that begins
     * with NUL bytes for UTF-32 or UTF-16 and fails on the first unit that encoding cannot hold.
     */
    static Problem undecodable(CharConversionException exception) {
        return Problem.of(ProblemType.MALFORMED_JSON, "the body is not valid JSON (send it as UTF-8): " + exception.getMessage());
    }

    /** The body is not JSON at all. */
    static Problem malformed(JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        String where = location == null ? "" : " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
        return Problem.of(ProblemType.MALFORMED_JSON, "the body is not valid JSON%s: %s".formatted(where, exception.getOriginalMessage()));
    }

    /** The body breaks a parser limit; Jackson's message names Java methods, so it is not passed on. */
    static Problem tooComplex() {
        return Problem.of(ProblemType.MALFORMED_JSON,
                "the body exceeds the JSON parser's limits on nesting depth, number length or string length");
    }

    /** Valid JSON of the wrong shape: an unknown field, a wrong type, a value that does not parse. */
    static Problem mismatched(MismatchedInputException exception) {
        String field = path(exception);
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(ProblemType.INVALID_INPUT, "unknown field '%s'; known fields: %s"
                    .formatted(field, known(unknown.getKnownPropertyIds()))).withField(field, null);
        }
        if (field.isEmpty()) {
            return Problem.of(ProblemType.INVALID_INPUT, "the body must be one JSON object");
        }
        String expected = "%s: expected %s".formatted(field, describe(exception.getTargetType()));
        if (exception instanceof InvalidFormatException invalid) {
            return Problem.of(ProblemType.INVALID_INPUT, expected).withField(field, String.valueOf(invalid.getValue()));
        }
        return Problem.of(ProblemType.INVALID_INPUT, expected).withField(field, null);
    }

    /**
     * A value the parser refused while binding, such as a number beyond its field's range, which
     * binding reports as a plain mapping failure caused by the parser's complaint; empty for any other
     * mapping failure.
     */
    static Optional<Problem> unreadableValue(JsonMappingException exception) {
        if (!(exception.getCause() instanceof StreamReadException refused) || exception instanceof MismatchedInputException) {
            return Optional.empty();
        }
        String field = path(exception);
        String expected = refused instanceof InputCoercionException ? "a number within the range this field holds" : "a value this field holds";
        return Optional.of(Problem.of(ProblemType.INVALID_INPUT, "%s: expected %s".formatted(field.isEmpty() ? "body" : field, expected))
                .withField(field.isEmpty() ? "body" : field, null));
    }

    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "another JSON type";
        }
        if (CharSequence.class.isAssignableFrom(target) || target.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(target) ? "an object of strings" : "an object";
    }
}
