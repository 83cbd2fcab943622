package dev.opstracker.domain.runbook;

import static dev.opstracker.domain.runbook.SourceTasks.failed;
import static dev.opstracker.domain.runbook.SourceTasks.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetryCollapseTest {

    @Test
    void onlySuccessfulCommandsAreKept() {
        List<KeptCommand> kept = RetryCollapse.collapse(List.of(ok("uptime"), failed("kubectl drain node-7", 1, ""), ok("   "), ok("df -h")));

        assertThat(kept).extracting(command -> command.command().source().commandLine()).containsExactly("uptime", "df -h");
    }

    @Test
    void severalFailedAttemptsAreAllPitfallsOfTheirCorrection() {
        List<KeptCommand> kept = RetryCollapse.collapse(List.of(
                failed("kubectl -n prod rollout restart deploy/apii", 1, "Error from server (NotFound): deployments.apps \"apii\" not found"),
                failed("kubectl -n prod rollout  restart", null, ""),
                ok("kubectl -n prod get deploy"),
                ok("kubectl -n prod rollout restart deploy/api")));

        assertThat(kept.get(1).pitfalls(java.util.Map.of())).containsExactly(
                "`kubectl -n prod rollout restart deploy/apii` failed with exit 1: Error from server (NotFound): deployments.apps \"apii\" not found",
                "`kubectl -n prod rollout restart` did not finish (no exit code)");
        assertThat(kept.getFirst().failedAttempts()).isEmpty();
    }

    @Test
    void aLaterCommandOfAnotherProgramOrBeyondTheWindowCorrectsNothing() {
        List<KeptCommand> kept = RetryCollapse.collapse(List.of(
                failed("systemctl restart ngnix", 5, ""), ok("uptime"), ok("uptime"), ok("uptime"), ok("systemctl restart nginx"),
                failed("helm upgrade api chart", 1, ""), ok("kubectl upgrade api chart")));

        assertThat(kept).allSatisfy(command -> assertThat(command.failedAttempts()).isEmpty());
    }

    @Test
    void aLongFirstLineOfOutputIsShortenedInThePitfall() {
        String pitfall = RetryCollapse.pitfall(ParsedCommand.parse(failed("make", 2, "e".repeat(500))), java.util.Map.of());

        assertThat(pitfall).startsWith("`make` failed with exit 2: eee").endsWith("...").hasSizeLessThan(250);
    }
}
