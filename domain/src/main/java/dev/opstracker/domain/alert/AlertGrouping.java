package dev.opstracker.domain.alert;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which alerts are one storm: those whose grouping labels have equal values. */
public final class AlertGrouping {

    /** Alertname plus where: a storm is one rule firing across the instances of one cluster and service. */
    public static final List<String> DEFAULT_LABELS = List.of("alertname", "cluster", "service");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.-]{0,255}");

    private AlertGrouping() {
    }

    /**
     * The grouping key of {@code alert}: the given labels it has, as {@code name=value} pairs in the
     * order given. Empty (the alert is not grouped) when it lacks the first label, since alerts with
     * nothing in common but missing labels are no storm.
     */
    public static Optional<String> keyOf(Alert alert, List<String> labels) {
        if (labels.isEmpty() || !alert.labels().containsKey(labels.get(0))) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (String label : labels) {
            String value = alert.labels().get(label);
            if (value != null) {
                key.append(key.isEmpty() ? "" : ",").append(label).append('=').append(value.replace("\\", "\\\\").replace(",", "\\,"));
            }
        }
        return Optional.of(key.toString());
    }

    /** Checks label names given in {@code field}. */
    public static List<String> checkLabels(String field, List<String> labels) {
        for (String label : labels) {
            if (label == null || !LABEL_NAME.matcher(label).matches()) {
                throw new DomainException.InvalidInput(field, label, "a label name is a letter or '_' followed by letters, digits, '_', '.' or '-'");
            }
        }
        return List.copyOf(labels);
    }
}
