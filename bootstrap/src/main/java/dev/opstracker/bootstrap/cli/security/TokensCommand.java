package dev.opstracker.bootstrap.cli.security;

import picocli.CommandLine.Command;

/** {@code opstracker tokens ...}: API tokens (admin). */
@Command(name = "tokens", mixinStandardHelpOptions = true, description = "Create, list and revoke API tokens (admin).",
        subcommands = {TokensCreate.class, TokensList.class, TokensRevoke.class})
public final class TokensCommand {
}
