package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskDetailsTest {

    private static TaskDetails withAttributes(Map<String, String> attributes) {
        return new TaskDetails("t", null, Priority.P3, null, null, null, null, null, attributes);
    }

    @Test
    void titleIsTrimmed() {
        assertThat(TaskDetails.titled("  Restart kubelet on node-3 \n").title()).isEqualTo("Restart kubelet on node-3");
    }

    @Test
    void aBlankOrMissingTitleIsRejected() {
        assertThatThrownBy(() -> TaskDetails.titled("   "))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("title"));
        assertThatThrownBy(() -> TaskDetails.titled(null)).hasMessageContaining("title is missing");
    }

    @Test
    void aTitleLongerThanTheLimitIsRejectedWithItsLength() {
        assertThat(TaskDetails.titled("x".repeat(200)).title()).hasSize(200);
        assertThatThrownBy(() -> TaskDetails.titled("x".repeat(201)))
                .hasMessageContaining("at most 200 characters, this one has 201");
    }

    @Test
    void blankOptionalTextBecomesAbsentAndTextIsTrimmed() {
        TaskDetails details = new TaskDetails("t", "  ", Priority.P2, " marcus ", "", null, null, null, Map.of());

        assertThat(details.description()).isNull();
        assertThat(details.assignee()).isEqualTo("marcus");
        assertThat(details.reporter()).isNull();
    }

    @Test
    void tooLongOptionalTextIsRejectedNamingTheField() {
        assertThatThrownBy(() -> new TaskDetails("t", null, Priority.P2, "a".repeat(101), null, null, null, null, Map.of()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("assignee"));
    }

    @Test
    void dueDatesKeepMicrosecondPrecision() {
        TaskDetails details = new TaskDetails("t", null, Priority.P2, null, null, null, null,
                Instant.parse("2026-12-01T10:00:00.123456789Z"), Map.of());

        assertThat(details.dueAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00.123456Z"));
    }

    @Test
    void attributesAreSortedByKeyAndImmutable() {
        TaskDetails details = withAttributes(Map.of("zone", "eu-west-1", "env", "prod"));

        assertThat(details.attributes().keySet()).containsExactly("env", "zone");
        assertThatThrownBy(() -> details.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void attributeKeysMustFollowTheSyntax() {
        assertThat(withAttributes(Map.of("k8s.namespace-v2_x", "a")).attributes()).containsKey("k8s.namespace-v2_x");
        for (String bad : new String[] {"1abc", "has space", "", "a".repeat(65), "ümlaut", "a=b"}) {
            assertThatThrownBy(() -> withAttributes(Map.of(bad, "v")))
                    .as(bad)
                    .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("attributes"));
        }
    }

    @Test
    void attributeValuesAreBoundedAndRequired() {
        assertThatThrownBy(() -> withAttributes(Map.of("k", "v".repeat(1025))))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("attributes.k"));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> withAttributes(withNull)).hasMessageContaining("attributes.k is missing");
    }

    @Test
    void aTaskHasAtMostSixtyFourAttributes() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 65; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> withAttributes(many)).hasMessageContaining("at most 64 attributes");
    }

    @Test
    void dueDatesOutsideWhatEveryStoreHoldsAreRejected() {
        for (String bad : new String[] {"0999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> new TaskDetails("t", null, Priority.P2, null, null, null, null, Instant.parse(bad), Map.of()))
                    .as(bad)
                    .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("dueAt"));
        }
        assertThat(new TaskDetails("t", null, Priority.P2, null, null, null, null, TaskDetails.LATEST_DUE, Map.of()).dueAt())
                .isEqualTo(TaskDetails.LATEST_DUE);
    }

    @Test
    void textWithALoneSurrogateIsRejectedWhilePairedOnesAreKept() {
        assertThatThrownBy(() -> TaskDetails.titled("a\ud800b"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("title"));
        assertThatThrownBy(() -> new TaskDetails("t", "tail\udc00", Priority.P2, null, null, null, null, null, Map.of()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("description"));
        assertThatThrownBy(() -> withAttributes(Map.of("k", "\ud83d")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("attributes.k"));
        assertThat(TaskDetails.titled("disk full \ud83d\udd25").title()).isEqualTo("disk full 🔥");
    }

    @Test
    void aMissingPriorityMeansTheDefault() {
        assertThat(new TaskDetails("t", null, null, null, null, null, null, null, Map.of()).priority()).isEqualTo(Priority.DEFAULT);
    }

    @Test
    void theDefaultPriorityForATitledTaskIsP3() {
        assertThat(TaskDetails.titled("t").priority()).isEqualTo(Priority.P3);
    }
}
