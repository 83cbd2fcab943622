package dev.opstracker.domain.alert;

import dev.opstracker.domain.task.Attributes;
import dev.opstracker.domain.task.TaskDetails;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The task an alert opens, and the notes alert intake writes into task histories. */
public final class AlertTasks {

    /** Room left for the attributes a person adds to an alert's task. */
    static final int MAX_LABEL_ATTRIBUTES = Attributes.MAX_COUNT - 16;
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]{0,63}");

    private AlertTasks() {
    }

    /**
     * Title from the summary; description listing where it came from, labels, annotations and
     * links; the labels that are valid attribute keys as attributes (values cut to the attribute
     * limit); priority, assignee and billing codes as the rule says.
     */
    public static TaskDetails detailsOf(Alert alert, AlertRule rule) {
        TaskDefaults defaults = rule.defaults();
        return new TaskDetails(alert.headline(TaskDetails.MAX_TITLE_LENGTH), description(alert), rule.policy().priorityOf(alert.severity()),
                defaults.assignee(), alert.source().wireName(), defaults.client(), defaults.project(), null, attributes(alert));
    }

    /** The note on the status change a resolution makes. */
    public static String resolutionNote(Incident resolved) {
        return "resolved by %s alert %s at %s".formatted(resolved.source().wireName(), resolved.dedupKey(), resolved.endsAt());
    }

    /** The note on the status change a re-fire makes. */
    public static String refireNote(Alert alert) {
        return "%s alert %s fired again".formatted(alert.source().wireName(), alert.dedupKey());
    }

    /** The note on the status change a new member of a storm makes when it reopens the storm's task. */
    public static String joinNote(Alert alert) {
        return "%s alert %s joined the storm".formatted(alert.source().wireName(), alert.dedupKey());
    }

    private static String description(Alert alert) {
        StringBuilder text = new StringBuilder();
        text.append("Opened by ").append(alert.source().wireName()).append(" alert ").append(alert.dedupKey())
                .append(" (severity ").append(alert.severity().name().toLowerCase(Locale.ROOT)).append(")\n");
        if (alert.startsAt() != null) {
            text.append("Started: ").append(alert.startsAt()).append('\n');
        }
        text.append('\n').append(alert.summary()).append('\n');
        section(text, "Labels", alert.labels());
        section(text, "Annotations", alert.annotations());
        section(text, "Links", alert.links());
        return text.length() <= TaskDetails.MAX_DESCRIPTION_LENGTH ? text.toString() : cut(text.toString(), TaskDetails.MAX_DESCRIPTION_LENGTH - 1) + "…";
    }

    private static void section(StringBuilder text, String title, Map<String, String> entries) {
        if (!entries.isEmpty()) {
            text.append('\n').append(title).append(":\n");
            entries.forEach((name, value) -> text.append("- ").append(name).append(": ").append(value).append('\n'));
        }
    }

    private static Map<String, String> attributes(Alert alert) {
        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, String> label : alert.labels().entrySet()) {
            if (attributes.size() == MAX_LABEL_ATTRIBUTES) {
                break;
            }
            if (ATTRIBUTE_KEY.matcher(label.getKey()).matches()) {
                String value = label.getValue();
                attributes.put(label.getKey(), cut(value, Attributes.MAX_VALUE_LENGTH));
            }
        }
        return attributes;
    }

    /** At most {@code length} characters, never splitting a surrogate pair. */
    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
