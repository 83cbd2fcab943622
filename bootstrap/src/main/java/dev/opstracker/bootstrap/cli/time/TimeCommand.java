package dev.opstracker.bootstrap.cli.time;

import picocli.CommandLine.Command;

/** {@code opstracker time ...}: timers, entries, reports and exports for billing. */
@Command(name = "time", mixinStandardHelpOptions = true, description = "Track time against tasks; report and export it for billing.",
        subcommands = {TimeStart.class, TimeStop.class, TimeCurrent.class, TimeAdd.class, TimeReport.class, TimeExport.class})
public final class TimeCommand {
}
