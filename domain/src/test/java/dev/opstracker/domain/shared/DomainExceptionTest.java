package dev.opstracker.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void notFoundNamesTheKindAndId() {
        DomainException.NotFound notFound = new DomainException.NotFound("task", "42");

        assertThat(notFound).hasMessage("task 42 does not exist");
        assertThat(notFound.kind()).isEqualTo("task");
        assertThat(notFound.id()).isEqualTo("42");
    }

    @Test
    void invalidInputNamesTheFieldAndAShortenedValue() {
        DomainException.InvalidInput invalid = new DomainException.InvalidInput("title", "x".repeat(100), "too long");

        assertThat(invalid.getMessage()).startsWith("title '" + "x".repeat(77) + "...' is invalid: too long");
        assertThat(invalid.value()).isEqualTo("x".repeat(77) + "...");
        assertThat(new DomainException.InvalidInput("title", null, "required").value()).isNull();
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String value = "x".repeat(76) + "🔥" + "y".repeat(10);

        assertThat(new DomainException.InvalidInput("title", value, "too long").value()).isEqualTo("x".repeat(76) + "...");
    }

    @Test
    void conflictForbiddenAndStorageFullCarryTheirDetails() {
        assertThat(new DomainException.Conflict("stale-version", "m").reason()).isEqualTo("stale-version");
        assertThat(new DomainException.Forbidden("tasks:write", "no").action()).isEqualTo("tasks:write");
        assertThat(new DomainException.StorageFull("disk at 99%")).hasMessage("disk at 99%");
    }

    @Test
    void anInvalidInputRenamedForAnotherEdgeKeepsValueAndProblem() {
        DomainException.InvalidInput original = new DomainException.InvalidInput("kind", "Bad Kind", "a kind is lowercase");

        DomainException.InvalidInput renamed = original.renamed("name");

        assertThat(renamed.field()).isEqualTo("name");
        assertThat(renamed.value()).isEqualTo("Bad Kind");
        assertThat(renamed.getMessage()).isEqualTo("name 'Bad Kind' is invalid: a kind is lowercase");
        assertThat(renamed.getCause()).isSameAs(original);
    }
}
