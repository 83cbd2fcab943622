package dev.opstracker.persistence.command;

import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN;

import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.Endings;
import dev.opstracker.domain.command.Environment;
import dev.opstracker.domain.command.OutputSummary;
import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.records.CommandRunRecord;

/** A {@link CommandRun} as a {@code command_run} row and back. */
final class CommandRunRows {

    private CommandRunRows() {
    }

    static CommandRunRecord toRecord(CommandRun run, long chainPosition) {
        CommandRunRecord row = new CommandRunRecord();
        row.setId(run.id().value());
        row.setTaskId(run.taskId().value());
        row.setDisplay(run.display());
        row.setWorkingDir(run.workingDirectory());
        row.setEnvironment(Environment.toText(run.environment()));
        row.setHost(run.host());
        row.setOsUser(run.user());
        row.setStartedAt(run.startedAt());
        row.setEndedAt(run.endedAt());
        row.setEnding(Endings.toText(run.ending()));
        row.setExitCode(run.exitCode());
        row.setStdoutSize(run.stdout().size());
        row.setStdoutSha256(run.stdout().sha256());
        row.setStdoutTruncated(run.stdout().truncated());
        row.setStdoutKept(run.stdout().keptBytes());
        row.setStderrSize(run.stderr().size());
        row.setStderrSha256(run.stderr().sha256());
        row.setStderrTruncated(run.stderr().truncated());
        row.setStderrKept(run.stderr().keptBytes());
        row.setKeyName(run.dataKey().keyName());
        row.setKeyVersion(run.dataKey().keyVersion());
        row.setWrappedKey(run.dataKey().wrapped());
        row.setSealedArgv(run.sealedArgv());
        row.setChainPosition(chainPosition);
        row.setPreviousHash(run.previousHash());
        row.setRecordHash(run.recordHash());
        return row;
    }

    static CommandRun toRun(CommandRunRecord row) {
        return new CommandRun(CommandRunId.of(row.getId()), TaskId.of(row.getTaskId()), row.getDisplay(), row.getWorkingDir(),
                Environment.fromText(row.getEnvironment()), row.getHost(), row.getOsUser(), row.getStartedAt(), row.getEndedAt(),
                Endings.fromText(row.getEnding()),
                new OutputSummary(row.getStdoutSize(), row.getStdoutSha256(), row.getStdoutTruncated(), row.getStdoutKept()),
                new OutputSummary(row.getStderrSize(), row.getStderrSha256(), row.getStderrTruncated(), row.getStderrKept()),
                new WrappedKey(row.getKeyName(), row.getKeyVersion(), row.getWrappedKey()), row.getSealedArgv(), row.getPreviousHash(),
                row.getRecordHash());
    }

}
