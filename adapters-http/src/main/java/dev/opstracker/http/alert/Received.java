package dev.opstracker.http.alert;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A delivery's alerts and what each did, paired by position. */
record Received(List<Alert> alerts, List<AlertOutcome> outcomes) {

    Received {
        alerts = List.copyOf(alerts);
        outcomes = List.copyOf(outcomes);
        if (alerts.size() != outcomes.size()) {
            throw new IllegalStateException("%d outcomes for %d alerts".formatted(outcomes.size(), alerts.size()));
        }
    }

    <T> List<T> each(BiFunction<Alert, AlertOutcome, T> pairing) {
        List<T> paired = new ArrayList<>(alerts.size());
        for (int index = 0; index < alerts.size(); index++) {
            paired.add(pairing.apply(alerts.get(index), outcomes.get(index)));
        }
        return paired;
    }
}
