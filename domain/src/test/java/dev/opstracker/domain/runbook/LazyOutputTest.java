package dev.opstracker.domain.runbook;

import static dev.opstracker.domain.runbook.SourceTasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LazyOutputTest {

    private final RunbookGenerator generator = new RunbookGenerator();
    private final List<String> read = new ArrayList<>();

    /** A command whose output is recorded as read when asked for. */
    private SourceCommand run(String line, Integer exitCode, String output) {
        return SourceCommand.lazy(line, "/home/ops", exitCode, () -> {
            read.add(line);
            return output;
        });
    }

    /** A command whose output must never be read. */
    private static SourceCommand unread(String line, Integer exitCode) {
        return SourceCommand.lazy(line, "/home/ops", exitCode, () -> {
            throw new AssertionError("the output of `" + line + "` was read");
        });
    }

    /** Task 1's "ls /tmp" and task 3's "df -h" are run by too few tasks to be steps; task 1's curl failed and was never retried. */
    @Test
    void generationReadsOnlyTheOutputsOfTheFirstTasksStepsAndOfPitfalls() {
        SourceTask first = task(1).run(
                run("kubectl -n prod get pods", 0, "api-1 Running"),
                unread("ls /tmp", 0),
                run("kubectl -n prod rollout restrat deploy/api", 1, "error: unknown command \"restrat\""),
                run("kubectl -n prod rollout restart deploy/api", 0, "deployment.apps/api restarted"),
                unread("curl -sf https://example.com/health", 7)).build();
        SourceTask second = task(2).run(
                unread("kubectl -n qa get pods", 0),
                run("kubectl -n qa rollout restrt deploy/api", 1, "error: unknown command \"restrt\""),
                unread("kubectl -n qa rollout restart deploy/api", 0)).build();
        SourceTask third = task(3).run(
                unread("kubectl -n dev get pods", 0),
                unread("kubectl -n dev rollout restart deploy/api", 0),
                unread("df -h", 0)).build();

        Runbook runbook = generator.generate("Restart the API", List.of(first, second, third));

        assertThat(runbook.steps()).extracting(step -> step.commands().getFirst().expectedOutput())
                .containsExactly("api-1 Running", "deployment.apps/api restarted");
        assertThat(runbook.steps().get(1).pitfalls()).hasSize(2);
        assertThat(read).containsExactlyInAnyOrder("kubectl -n prod get pods", "kubectl -n prod rollout restrat deploy/api",
                "kubectl -n prod rollout restart deploy/api", "kubectl -n qa rollout restrt deploy/api");
    }

    @Test
    void aLazyOutputIsReadOnceAndAnAbsentOneIsEmpty() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<String> output = () -> {
            reads.incrementAndGet();
            return null;
        };
        SourceCommand command = SourceCommand.lazy("uptime", "/home/ops", 0, output);

        assertThat(command.outputHead()).isEmpty();
        assertThat(command.outputHead()).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void hashingAndPrintingACommandNeverReadItsOutputButEqualityComparesIt() {
        SourceCommand lazy = unread("uptime", 0);

        assertThat(lazy.hashCode()).isEqualTo(new SourceCommand("uptime", "/home/ops", 0, "up 3 days").hashCode());
        assertThat(lazy.toString()).contains("uptime");
        assertThat(SourceCommand.lazy("uptime", "/home/ops", 0, () -> "up 3 days")).isEqualTo(new SourceCommand("uptime", "/home/ops", 0, "up 3 days"))
                .isNotEqualTo(new SourceCommand("uptime", "/home/ops", 0, "up 4 days"));
        assertThatThrownBy(() -> lazy.equals(new SourceCommand("uptime", "/home/ops", 0, ""))).isInstanceOf(AssertionError.class);
    }
}
