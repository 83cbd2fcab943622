package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import org.junit.jupiter.api.Test;

class BillingCodeProperties {

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Test
    void anyTextIsNoCodeACodeOrRefusedNamingTheFieldItWasGivenFor() {
        Tries.forAll(codeLike(), text -> {
            Throwable refused = catchThrowable(() -> BillingCode.parseOptional("client", text));

            if (refused != null) {
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("client"));
            } else if (text == null || text.isBlank()) {
                assertThat(BillingCode.parseOptional("client", text)).isNull();
            } else {
                assertThat(BillingCode.parseOptional("client", text).value()).isEqualTo(text.strip());
            }
        });
    }

    @Test
    void aCodeWrittenOutReadsBackAsTheSameCode() {
        Tries.forAll(codes(), code -> assertThat(BillingCode.parseOptional("project", " " + code + " ")).isEqualTo(code));
    }

    @Test
    void anyTextIsATaskIdOrRefusedAsInvalidInput() {
        Tries.forAll(codeLike(), text -> {
            Throwable refused = catchThrowable(() -> TaskId.parse(text));

            if (refused != null) {
                assertThat(refused).isInstanceOf(DomainException.InvalidInput.class);
            } else {
                assertThat(TaskId.parse(text).value()).isPositive();
            }
        });
    }

    private static Gen<BillingCode> codes() {
        return Gen.combine(Gen.strings(ALPHANUMERIC, 1, 1), Gen.strings(ALPHANUMERIC + "_.-", 0, 63), (first, rest) -> new BillingCode(first + rest));
    }

    /** Codes, near misses and numbers, any text, and a missing value one time in twenty. */
    private static Gen<String> codeLike() {
        Gen<String> text = Gen.oneOf(codes().map(BillingCode::value), codes().map(code -> code + "\u0000"),
                Gen.of("", " ", "-ACME", "ACME CORP", "1", "0", "-1", "007", "99999999999999999999", "1e3", "１２", "x".repeat(65)),
                Gen.anyStrings(0, 70));
        return Gen.frequency(Gen.weight(19, text), Gen.weight(1, Gen.just(null)));
    }
}
