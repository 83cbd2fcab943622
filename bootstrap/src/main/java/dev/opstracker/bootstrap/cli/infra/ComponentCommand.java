package dev.opstracker.bootstrap.cli.infra;

import picocli.CommandLine.Command;

/** {@code opstracker component ...}: the infrastructure map. */
@Command(name = "component", mixinStandardHelpOptions = true, description = "Add, list, show and import infrastructure components.",
        subcommands = {ComponentAdd.class, ComponentList.class, ComponentShow.class, ComponentImportCommand.class})
public final class ComponentCommand {
}
