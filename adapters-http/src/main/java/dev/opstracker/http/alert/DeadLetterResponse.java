package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.Page;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A dead letter as listed: its body as text (bytes that are not UTF-8 shown as U+FFFD) with secrets masked. */
record DeadLetterResponse(
        @JsonProperty("id") long id,
        @JsonProperty("source") String source,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("size") int size,
        @JsonProperty("problem") String problem,
        @JsonProperty("replayedAt") Instant replayedAt,
        @JsonProperty("body") String body) {

    static DeadLetterResponse from(DeadLetter letter) {
        byte[] body = letter.body();
        return new DeadLetterResponse(letter.id(), letter.source().wireName(), letter.receivedAt(), body.length, letter.problem(),
                letter.replayedAt(),
                SecretMasker.standard().mask(new String(body, StandardCharsets.UTF_8)));
    }

    record Listing(@JsonProperty("items") List<DeadLetterResponse> items, @JsonProperty("next") String next, @JsonProperty("total") long total) {
        static Listing from(Page<DeadLetter> page) {
            return new Listing(page.items().stream().map(DeadLetterResponse::from).toList(), page.next(), page.total());
        }
    }
}
