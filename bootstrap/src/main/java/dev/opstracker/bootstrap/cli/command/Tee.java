package dev.opstracker.bootstrap.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies one output of a running program to the terminal, live, and to a file for the record. Once the program has
 * ended the copy is sealed: what arrives later (from a background process still holding the output) is shown but
 * no longer written to the file, so the file read for the record is complete and stops changing.
 */
final class Tee {

    private static final Logger LOG = LoggerFactory.getLogger(Tee.class);
    private static final int BUFFER = 8192;

    private final OutputStream live;
    private final OutputStream file;
    private final Thread thread;
    private boolean liveOpen = true;
    private boolean sealed;
    private IOException failure;

    private Tee(InputStream from, OutputStream live, OutputStream file, String name) {
        this.live = live;
        this.file = file;
        this.thread = Thread.ofPlatform().name("exec-" + name).daemon().unstarted(() -> copy(from));
    }

    static Tee start(InputStream from, OutputStream live, Path copy, String name) {
        try {
            Tee tee = new Tee(from, live, Files.newOutputStream(copy), name);
            tee.thread.start();
            return tee;
        } catch (IOException cannotWrite) {
            throw new IllegalStateException("cannot write the " + name + " copy " + copy, cannotWrite);
        }
    }

    /** Waits up to {@code grace} for the output to end, then seals the file copy (null: nothing was copied). */
    static void finish(Tee tee, Duration grace) {
        if (tee == null) {
            return;
        }
        try {
            tee.thread.join(grace);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        tee.seal();
    }

    private void copy(InputStream from) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = from) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                write(buffer, read);
            }
        } catch (IOException broken) {
            record(broken);
        }
    }

    private synchronized void write(byte[] buffer, int length) {
        if (!sealed) {
            try {
                file.write(buffer, 0, length);
            } catch (IOException cannotWrite) {
                record(cannotWrite);
            }
        }
        if (liveOpen) {
            try {
                live.write(buffer, 0, length);
                live.flush();
            } catch (IOException closed) {
                // A terminal or pipe that went away stops the live copy only; the record keeps every byte.
                liveOpen = false;
            }
        }
    }

    private synchronized void seal() {
        if (sealed) {
            return;
        }
        sealed = true;
        try {
            file.close();
        } catch (IOException cannotClose) {
            record(cannotClose);
        }
        if (failure != null) {
            LOG.warn("The captured output may be incomplete", failure);
        }
    }

    private synchronized void record(IOException problem) {
        if (failure == null) {
            failure = problem;
        }
    }
}
