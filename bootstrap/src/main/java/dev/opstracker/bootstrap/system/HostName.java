package dev.opstracker.bootstrap.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, as recorded with the commands run on it. */
public final class HostName {

    private HostName() {
    }

    /** The name the resolver gives, else {@code HOSTNAME}, else {@code localhost}. */
    public static String local() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unresolved) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }
}
