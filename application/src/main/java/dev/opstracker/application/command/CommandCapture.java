package dev.opstracker.application.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.CommandRunner;
import dev.opstracker.domain.command.CommandSpec;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command runs of tasks: executing a command through the {@link CommandRunner} while capturing it,
 * recording a run that happened elsewhere, and reading runs back. Each run gets a data key of its
 * own, wrapped under its task's client master key (or the default one); its outputs are streamed
 * into sealed chunks before the run is stored, so a capture that fails leaves no run and its
 * chunks are discarded. Past the storage warning level outputs are kept truncated at the watch's
 * pressure bound; past the critical level no run is stored ({@link StorageWatch}).
 */
public final class CommandCapture {

    private final TaskStore tasks;
    private final CommandRunStore runs;
    private final OutputStore outputs;
    private final Cipher cipher;
    private final CommandRunner runner;
    private final CaptureSettings settings;
    private final SecretMasker masker;
    private final StorageWatch storage;

    /** Capture that does not watch storage. */
    public CommandCapture(TaskStore tasks, CommandRunStore runs, OutputStore outputs, Cipher cipher, CommandRunner runner, CaptureSettings settings) {
        this(tasks, runs, outputs, cipher, runner, settings, StorageWatch.unwatched());
    }

    @Inject
    public CommandCapture(TaskStore tasks, CommandRunStore runs, OutputStore outputs, Cipher cipher, CommandRunner runner, CaptureSettings settings,
            StorageWatch storage) {
        this.storage = requireNonNull(storage, "storage is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.outputs = requireNonNull(outputs, "outputs is null");
        this.cipher = requireNonNull(cipher, "cipher is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.masker = settings.masker();
    }

    /**
     * Runs {@code spec} on this machine for task {@code taskId} and stores the run.
     *
     * @throws DomainException.NotFound     when the task does not exist
     * @throws DomainException.InvalidInput (field {@code argv}) when the program cannot be started
     * @throws DomainException.StorageFull  past the critical storage level, before the command runs
     */
    public CommandRun run(TaskId taskId, CommandSpec spec) {
        requireNonNull(spec, "spec is null");
        storage.requireRoomToWrite();
        Task task = requireTask(taskId);
        return capture(task, spec.argv(), (stdout, stderr) -> {
            CommandResult result;
            try {
                result = runner.run(spec, stdout, stderr);
            } catch (IOException notStarted) {
                throw new DomainException.InvalidInput("argv", spec.argv().get(0), "the command could not be run: " + notStarted.getMessage());
            }
            return new Facts(spec.workingDirectory().toString(), spec.environment(), settings.host(), settings.user(), result);
        });
    }

    /**
     * Stores a run that happened elsewhere with its outputs, read to their end as streams.
     *
     * @throws DomainException.NotFound    when the task does not exist
     * @throws DomainException.StorageFull past the critical storage level, before the outputs are read
     */
    public CommandRun record(TaskId taskId, RecordedCommand command, InputStream stdout, InputStream stderr) {
        requireNonNull(command, "command is null");
        requireRoom();
        Task task = requireTask(taskId);
        return capture(task, command.argv(), (stdoutSink, stderrSink) -> {
            try (InputStream out = stdout; InputStream err = stderr) {
                if (out != null) {
                    out.transferTo(stdoutSink);
                }
                if (err != null) {
                    err.transferTo(stderrSink);
                }
            } catch (IOException broken) {
                throw new UncheckedIOException("the output of the recorded run could not be read to its end", broken);
            }
            return new Facts(command.workingDirectory() == null || command.workingDirectory().isBlank() ? "(unknown)" : command.workingDirectory(),
                    command.environment(), orUnknown(command.host()), orUnknown(command.user()),
                    new CommandResult(command.ending(), command.startedAt(), command.endedAt()));
        });
    }

    /**
     * Refuses past the critical storage level, for an edge to call before it reads a large upload of
     * outputs; {@link #record} checks again.
     *
     * @throws DomainException.StorageFull past the critical storage level
     */
    public void requireRoom() {
        storage.requireRoomToWrite();
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "(unknown)" : text;
    }

    private CommandRun capture(Task task, List<String> argv, Execution execution) {
        CommandRunId id = runs.reserveId();
        DataKey key = cipher.newDataKey(keyName(task));
        long cap = storage.outputCap(settings.outputCap());
        String capReason = cap < settings.outputCap() ? String.format(Locale.ROOT, "storage was nearly full, so %,d bytes were kept whole", cap) : null;
        try {
            SealedOutputWriter stdout = new SealedOutputWriter(new OutputChunks(outputs, cipher, key, id, OutputChannel.STDOUT), cap, capReason);
            SealedOutputWriter stderr = new SealedOutputWriter(new OutputChunks(outputs, cipher, key, id, OutputChannel.STDERR), cap, capReason);
            Facts facts = execution.capture(stdout, stderr);
            stdout.close();
            stderr.close();
            CommandResult result = facts.result();
            return runs.add(new CommandRun(id, task.id(), CommandLines.display(argv, masker), facts.workingDirectory(),
                    settings.environment().select(facts.environment(), masker), facts.host(), facts.user(), result.startedAt(), result.endedAt(),
                    result.ending(), stdout.summary(), stderr.summary(), key.wrapped(), CommandLines.seal(cipher, key, id, argv), null, null));
        } catch (IOException | RuntimeException failure) {
            outputs.discard(id);
            if (failure instanceof IOException io) {
                throw new UncheckedIOException("the output of command run " + id + " could not be stored", io);
            }
            throw (RuntimeException) failure;
        }
    }

    /** Runs by client keys crypto-shred by client: a task with a client code gets that client's master key. */
    private static String keyName(Task task) {
        return task.details().client() == null ? "default" : "client:" + task.details().client().value();
    }

    private Task requireTask(TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        return tasks.find(taskId).orElseThrow(() -> new DomainException.NotFound("task", taskId.toString()));
    }

    public CommandRun get(CommandRunId id) {
        return runs.find(requireNonNull(id, "id is null")).orElseThrow(() -> new DomainException.NotFound("command run", id.toString()));
    }

    /** The exact argument vector of a run, unsealed. */
    public List<String> argv(CommandRunId id) {
        CommandRun run = get(id);
        return CommandLines.open(cipher, cipher.unwrap(run.dataKey()), id, run.sealedArgv());
    }

    /**
     * The exact bytes kept of one output of a run, streamed; the caller closes the stream.
     *
     * @throws Cipher.KeyUnavailableException when the run's master key was destroyed
     */
    public InputStream openOutput(CommandRunId id, OutputChannel channel) {
        return openOutput(get(id), channel);
    }

    /** One output of a run as everything but a raw reader sees it: secrets masked, everything else byte for byte. */
    public InputStream openMaskedOutput(CommandRunId id, OutputChannel channel) {
        return openMaskedOutput(get(id), channel);
    }

    /** {@link #openMaskedOutput(CommandRunId, OutputChannel)} of a run read already, without reading it again. */
    public InputStream openMaskedOutput(CommandRun run, OutputChannel channel) {
        return new MaskedOutput(openOutput(requireNonNull(run, "run is null"), channel), masker);
    }

    private InputStream openOutput(CommandRun run, OutputChannel channel) {
        return SealedOutputReader.open(new OutputChunks(outputs, cipher, cipher.unwrap(run.dataKey()), run.id(), requireNonNull(channel, "channel is null")));
    }

    public Page<CommandRun> search(CommandRunQuery query, PageRequest page) {
        return runs.search(requireNonNull(query, "query is null"), requireNonNull(page, "page is null"));
    }

    /** Every run of each of {@code tasks}, grouped by task, each task's runs by start (no task need exist). */
    public List<CommandRun> ofTasks(Set<TaskId> tasks) {
        return runs.ofTasks(Set.copyOf(requireNonNull(tasks, "tasks is null")));
    }

    public Page<CommandRun> ofTask(TaskId taskId, PageRequest page) {
        requireTask(taskId);
        return runs.search(CommandRunQuery.ofTask(taskId), page);
    }

    /** Walks the hash chain of every stored run. */
    public CommandRunStore.ChainReport verify() {
        return runs.verify();
    }

    /** What a capture learnt while the outputs streamed. */
    private record Facts(String workingDirectory, Map<String, String> environment, String host, String user, CommandResult result) {
    }

    @FunctionalInterface
    private interface Execution {
        Facts capture(SealedOutputWriter stdout, SealedOutputWriter stderr) throws IOException;
    }
}
