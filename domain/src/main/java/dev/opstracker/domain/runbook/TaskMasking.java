package dev.opstracker.domain.runbook;

import dev.opstracker.domain.security.SecretMasker;
import java.util.List;

/**
 * Source tasks with every text masked once more before generation reads them: commands, output,
 * notes, title and description. Sources are masked at capture, but a runbook is shared more widely
 * than a task, and everything generation writes is cut from these texts.
 */
final class TaskMasking {

    private TaskMasking() {
    }

    static SourceTask mask(SourceTask task, SecretMasker masker) {
        // outputs are masked when read: generation reads only those of steps and pitfalls
        List<SourceCommand> commands = task.commands().stream().map(command -> command.rewritten(masker::mask)).toList();
        return new SourceTask(task.id(), masker.mask(task.title()), masker.mask(task.description()), task.alertName(), task.componentKinds(),
                task.componentTags(), commands, task.notes().stream().map(masker::mask).toList(), task.timeRecorded());
    }
}
