package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A delivery that could not be applied (a body that is not what its source sends, a value out of
 * range), kept with its exact bytes so that it can be replayed once the cause is fixed.
 *
 * @param id          store-assigned identity, 0 before storing
 * @param body        the body exactly as received (up to the webhook body limit)
 * @param problem     what was wrong, as the sender was told
 * @param replayedAt  when a replay applied it; null until then
 */
public record DeadLetter(long id, AlertSource source, Instant receivedAt, byte[] body, String problem, Instant replayedAt) {

    public static final int MAX_PROBLEM_LENGTH = 2_000;

    public DeadLetter {
        requireNonNull(source, "source is null");
        requireNonNull(receivedAt, "receivedAt is null");
        body = requireNonNull(body, "body is null").clone();
        requireNonNull(problem, "problem is null");
        problem = AlertTasks.cut(problem, MAX_PROBLEM_LENGTH);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public boolean replayed() {
        return replayedAt != null;
    }

    public DeadLetter withId(long storedId) {
        return new DeadLetter(storedId, source, receivedAt, body, problem, replayedAt);
    }

    public DeadLetter replayedAt(Instant at) {
        return new DeadLetter(id, source, receivedAt, body, problem, requireNonNull(at, "at is null"));
    }

    // Records compare arrays by identity; dead letters are equal when their contents are.
    @Override
    public boolean equals(Object other) {
        return other instanceof DeadLetter that && id == that.id && source == that.source && receivedAt.equals(that.receivedAt)
                && Arrays.equals(body, that.body) && problem.equals(that.problem) && Objects.equals(replayedAt, that.replayedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, receivedAt, Arrays.hashCode(body), problem, replayedAt);
    }

    @Override
    public String toString() {
        return "DeadLetter[id=%d, source=%s, receivedAt=%s, %d bytes, problem=%s, replayedAt=%s]".formatted(id, source.wireName(), receivedAt,
                body.length, problem, replayedAt);
    }
}
