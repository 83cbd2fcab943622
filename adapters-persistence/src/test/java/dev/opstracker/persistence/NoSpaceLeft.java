package dev.opstracker.persistence;

import java.io.IOException;

/** A user-defined H2 function failing as a write to a full disk fails; public, since H2 calls it by reflection. */
public final class NoSpaceLeft {

    private NoSpaceLeft() {
    }

    public static int fail() throws IOException {
        throw new IOException("No space left on device");
    }
}
