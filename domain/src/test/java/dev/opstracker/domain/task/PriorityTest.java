package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityTest {

    @ParameterizedTest
    @CsvSource({"P1, P1", "p2, P2", "critical, P1", "HIGH, P2", " medium , P3", "Low, P4", "p4, P4"})
    void prioritiesAreReadAsCodesOrWordsIgnoringCase(String text, Priority expected) {
        assertThat(Priority.parse("priority", text)).isEqualTo(expected);
    }

    @Test
    void eachPriorityHasItsEverydayWord() {
        assertThat(Priority.P1.word()).isEqualTo("critical");
        assertThat(Priority.P4.word()).isEqualTo("low");
    }

    @Test
    void anUnknownPriorityIsRejectedNamingFieldAndValue() {
        assertThatThrownBy(() -> Priority.parse("priority", "P5"))
                .isInstanceOf(DomainException.InvalidInput.class)
                .hasMessage("priority 'P5' is invalid: expected P1, P2, P3, P4 or critical, high, medium, low");
        assertThatThrownBy(() -> Priority.parse("priority", null)).hasMessageStartingWith("priority is missing");
    }
}
