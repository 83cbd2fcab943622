package dev.opstracker.http.time;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.NodeCost;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * One node of the operations cost report: its tasks opened and alerts folded in the range, mean
 * times to acknowledge and to resolve in seconds (null when no task had one), and its tasks' time
 * exact, billable and rounded, with what it comes to per currency as decimal strings.
 */
record NodeCostResponse(long componentId, String path, String kind, long tasksOpened, long alertsFolded, Long meanSecondsToAcknowledge,
        Long meanSecondsToResolve, long seconds, long billableSeconds, long roundedSeconds, long unpricedSeconds, List<AmountResponse> amounts) {

    /** An amount in one currency, at its minor unit at least. */
    record AmountResponse(String currency, String amount) {
        static AmountResponse from(Money money) {
            return new AmountResponse(money.currency().getCurrencyCode(), money.plainAmount());
        }
    }

    static NodeCostResponse from(NodeCost cost) {
        List<AmountResponse> amounts = cost.amounts().values().stream().sorted(Comparator.comparing(money -> money.currency().getCurrencyCode()))
                .map(AmountResponse::from).toList();
        return new NodeCostResponse(cost.id().value(), cost.path().toString(), cost.kind().toString(), cost.tasksOpened(), cost.alertsFolded(),
                seconds(cost.meanTimeToAcknowledge()), seconds(cost.meanTimeToResolve()), cost.seconds(), cost.billableSeconds(), cost.roundedSeconds(),
                cost.unpricedSeconds(), amounts);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.getSeconds();
    }
}
