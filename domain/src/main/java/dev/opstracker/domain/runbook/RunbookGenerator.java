package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Learns a runbook from finished tasks. Each task's successful commands are kept, a failed attempt
 * corrected by a similar command shortly after becoming a pitfall of the correction; the tasks'
 * commands are aligned (longest common subsequence over command shapes, progressively) and those
 * run by at least half of the tasks become steps, in order; values that differ between the tasks
 * (hosts, namespaces, instance ids, versions, paths) become variables such as {@code {{host}}}.
 * Every text is masked with the masker, and output excerpts are bounded.
 *
 * <p>Pure and deterministic: the same tasks in the same order give an equal runbook. Safe for
 * concurrent use.
 */
public final class RunbookGenerator {

    private final SecretMasker masker;

    /** A generator masking with the standard rules. */
    public RunbookGenerator() {
        this(SecretMasker.standard());
    }

    /** A generator masking with {@code masker}, such as the standard one plus the user's own patterns. */
    public RunbookGenerator(SecretMasker masker) {
        this.masker = requireNonNull(masker, "masker is null");
    }

    /**
     * The runbook learnt from {@code tasks}, in the order given (the first task writes the steps'
     * commands and output, and the purpose).
     *
     * @throws DomainException.InvalidInput field "taskIds" when there is no task, field "title" when the title is blank or too long
     */
    public Runbook generate(String title, List<SourceTask> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw new DomainException.InvalidInput("taskIds", tasks, "a runbook is learnt from at least one finished task");
        }
        List<SourceTask> masked = tasks.stream().map(task -> TaskMasking.mask(requireNonNull(task, "task is null"), masker)).toList();
        List<Alignment.Column> columns = Alignment.align(masked.stream().map(task -> RetryCollapse.collapse(task.commands())).toList());
        VariableExtraction.Result variables = VariableExtraction.extract(columns);
        List<RunbookStep> steps = new StepWriter(masker, masked).write(columns, variables);
        RunbookScope scope = RunbookFacts.scope(masked);
        List<String> programs = columns.stream().map(column -> column.first().command().program()).toList();
        String maskedTitle = masker.mask(title);
        return new Runbook(RunbookSlug.fromTitle(maskedTitle), maskedTitle, RunbookFacts.purpose(masked.getFirst()), scope,
                RunbookFacts.prerequisites(programs, scope.componentKinds()), variables.variables(), steps,
                RunbookFacts.rollbackNotes(masked, variables), RunbookFacts.estimatedDuration(masked),
                List.copyOf(new LinkedHashSet<TaskId>(masked.stream().map(SourceTask::id).toList())));
    }

    /**
     * How {@code followed}, a finished task that followed {@code current}, went another way than the
     * runbook's {@code sources} (its source tasks, in its order), and the next version learnt from the
     * sources and then the followed task, under the current slug and title. A step is a command at
     * least half of the sources ran; the task skipped it when it ran no command of its shape, and
     * added a command of a shape that is no step.
     *
     * @throws DomainException.InvalidInput field "taskIds" when there is no source
     */
    public RunbookDrift drift(Runbook current, List<SourceTask> sources, SourceTask followed) {
        requireNonNull(current, "current is null");
        requireNonNull(followed, "followed is null");
        if (sources == null || sources.isEmpty()) {
            throw new DomainException.InvalidInput("taskIds", sources, "a runbook is learnt from at least one finished task");
        }
        List<SourceTask> all = new ArrayList<>(sources);
        all.add(followed);
        Runbook learnt = generate(current.title(), all);
        Runbook proposed = new Runbook(current.slug(), current.title(), learnt.purpose(), learnt.scope(), learnt.prerequisites(),
                learnt.variables(), learnt.steps(), learnt.rollbackNotes(), learnt.estimatedDuration(), learnt.sourceTasks());
        List<SourceTask> masked = all.stream().map(task -> TaskMasking.mask(task, masker)).toList();
        int followedIndex = sources.size();
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Alignment.Column column : Alignment.profile(masked.stream().map(task -> RetryCollapse.collapse(task.commands())).toList())) {
            long bySources = column.members().keySet().stream().filter(task -> task < followedIndex).count();
            boolean step = 2 * bySources >= followedIndex;
            KeptCommand ran = column.members().get(followedIndex);
            if (step && ran == null) {
                skipped.add(column.first().command().source().commandLine());
            } else if (!step && ran != null) {
                added.add(ran.command().source().commandLine());
            }
        }
        List<String> failed = masked.getLast().commands().stream()
                .filter(command -> !command.succeeded() && !command.commandLine().isBlank()).map(SourceCommand::commandLine).toList();
        return new RunbookDrift(proposed, added, skipped, failed);
    }
}
