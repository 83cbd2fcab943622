package dev.opstracker.domain.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The fields of a task a person writes and edits. Text is trimmed; blank optional text becomes
 * absent (null).
 *
 * @param title       required, at most {@value #MAX_TITLE_LENGTH} characters after trimming
 * @param description optional, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param priority    how urgent; null means {@link Priority#DEFAULT}
 * @param assignee    optional person the task is for
 * @param reporter    optional person who asked for it
 * @param client      optional billing client code
 * @param project     optional billing project code
 * @param dueAt       optional deadline
 * @param attributes  custom attributes, see {@link Attributes}
 */
public record TaskDetails(
        String title,
        String description,
        Priority priority,
        String assignee,
        String reporter,
        BillingCode client,
        BillingCode project,
        Instant dueAt,
        Map<String, String> attributes) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_PERSON_LENGTH = 100;

    public TaskDetails {
        title = checkTitle(title);
        description = optionalText("description", description, MAX_DESCRIPTION_LENGTH);
        priority = priority == null ? Priority.DEFAULT : priority;
        assignee = optionalText("assignee", assignee, MAX_PERSON_LENGTH);
        reporter = optionalText("reporter", reporter, MAX_PERSON_LENGTH);
        // Stores keep instants to the microsecond; finer parts would not survive a round trip.
        dueAt = dueAt == null ? null : checkDueAt(dueAt.truncatedTo(ChronoUnit.MICROS));
        attributes = Attributes.copyOf(attributes);
    }

    /** Details with a title and the default priority, everything else absent. */
    public static TaskDetails titled(String title) {
        return new TaskDetails(title, null, Priority.DEFAULT, null, null, null, null, null, Map.of());
    }

    /** The instants every store can hold exactly (MariaDB's DATETIME range). */
    public static final Instant EARLIEST_DUE = Instant.parse("1000-01-01T00:00:00Z");
    public static final Instant LATEST_DUE = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static Instant checkDueAt(Instant dueAt) {
        if (dueAt.isBefore(EARLIEST_DUE) || dueAt.isAfter(LATEST_DUE)) {
            throw new DomainException.InvalidInput("dueAt", dueAt, "a due date lies between %s and %s".formatted(EARLIEST_DUE, LATEST_DUE));
        }
        return dueAt;
    }

    private static String checkTitle(String title) {
        Text.requireWellFormed("title", title);
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new DomainException.InvalidInput("title", title, "a title is required");
        }
        if (stripped.length() > MAX_TITLE_LENGTH) {
            throw new DomainException.InvalidInput("title", title,
                    "a title has at most %d characters, this one has %d".formatted(MAX_TITLE_LENGTH, stripped.length()));
        }
        return stripped;
    }

    static String optionalText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Text.requireWellFormed(field, text);
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new DomainException.InvalidInput(field, text,
                    "at most %d characters, this one has %d".formatted(maxLength, stripped.length()));
        }
        return stripped;
    }
}
