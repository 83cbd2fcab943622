package dev.opstracker.bootstrap;

import picocli.CommandLine;

/** The version written into the jar's manifest at build time ("dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"opstracker " + current()};
    }
}
