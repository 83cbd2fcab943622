package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BillingCodeProperties {

    @Property
    void anyTextIsNoCodeACodeOrRefusedNamingTheFieldItWasGivenFor(@ForAll("codeLike") String text) {
        Throwable refused = catchThrowable(() -> BillingCode.parseOptional("client", text));

        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("client"));
        } else if (text == null || text.isBlank()) {
            assertThat(BillingCode.parseOptional("client", text)).isNull();
        } else {
            assertThat(BillingCode.parseOptional("client", text).value()).isEqualTo(text.strip());
        }
    }

    @Property
    void aCodeWrittenOutReadsBackAsTheSameCode(@ForAll("codes") BillingCode code) {
        assertThat(BillingCode.parseOptional("project", " " + code + " ")).isEqualTo(code);
    }

    @Property
    void anyTextIsATaskIdOrRefusedAsInvalidInput(@ForAll("codeLike") String text) {
        Throwable refused = catchThrowable(() -> TaskId.parse(text));

        if (refused != null) {
            assertThat(refused).isInstanceOf(DomainException.InvalidInput.class);
        } else {
            assertThat(TaskId.parse(text).value()).isPositive();
        }
    }

    @Provide
    Arbitrary<BillingCode> codes() {
        return Combinators.combine(Arbitraries.strings().alpha().numeric().ofLength(1), Arbitraries.strings().alpha().numeric().withChars("_.-").ofMaxLength(63))
                .as((first, rest) -> new BillingCode(first + rest));
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.oneOf(codes().map(BillingCode::value), codes().map(code -> code + "\u0000"),
                Arbitraries.of("", " ", "-ACME", "ACME CORP", "1", "0", "-1", "007", "99999999999999999999", "1e3", "１２", "x".repeat(65)),
                Arbitraries.strings().all().ofMaxLength(70)).injectNull(0.05);
    }
}
