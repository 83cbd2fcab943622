package dev.opstracker.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.io.IOException;

/** The words a refused request body is answered with, for callers that keep them (the alert dead letters). */
public final class BodyProblems {

    private BodyProblems() {
    }

    /** What the 400 answer to a body that failed with {@code failure} says. */
    public static String describe(IOException failure) {
        Problem problem = switch (failure) {
            case StreamConstraintsException tooComplex -> JsonProblems.tooComplex();
            case MismatchedInputException mismatched -> JsonProblems.mismatched(mismatched);
            case JsonMappingException unreadable -> JsonProblems.unreadableValue(unreadable).orElseGet(() -> JsonProblems.malformed(unreadable));
            case JsonProcessingException malformed -> JsonProblems.malformed(malformed);
            case CharConversionException undecodable -> JsonProblems.undecodable(undecodable);
            default -> Problem.of(ProblemType.MALFORMED_JSON, "the body could not be read");
        };
        return problem.detail();
    }
}
