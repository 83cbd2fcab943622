package dev.opstracker.bootstrap.cli;

/** How a command prints what it found: aligned columns for people, JSON or CSV for scripts. */
public enum OutputFormat {
    TABLE, JSON, CSV
}
