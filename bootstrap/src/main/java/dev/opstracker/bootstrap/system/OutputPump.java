package dev.opstracker.bootstrap.system;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Copies one output pipe of a child process to the caller's stream, chunk by chunk as it arrives,
 * on its own thread. It reads the pipe to its end whatever happens to the target: a child whose
 * pipe is not drained blocks once the pipe buffer is full and would never end.
 */
final class OutputPump implements Runnable {

    private static final int BUFFER_BYTES = 8192;

    private final InputStream source;
    // A lock rather than synchronized: detach() may be called from a virtual thread while a write is slow.
    private final ReentrantLock targetLock = new ReentrantLock();
    private OutputStream target;
    private Exception failure;
    private Thread thread;

    private OutputPump(InputStream source, OutputStream target) {
        this.source = requireNonNull(source, "source is null");
        this.target = requireNonNull(target, "target is null");
    }

    /** Starts copying {@code source} to {@code target} on a new daemon thread called {@code name}. */
    static OutputPump start(String name, InputStream source, OutputStream target) {
        OutputPump pump = new OutputPump(source, target);
        // Platform threads: the reads block in native pipe I/O for as long as the command runs.
        // Daemon: a pump left draining a pipe held open by an escaped process must not keep the JVM up.
        pump.thread = Thread.ofPlatform().name(name).daemon().start(pump);
        return pump;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream input = source) {
            int count;
            while ((count = input.read(buffer)) != -1) {
                deliver(buffer, count);
            }
        } catch (IOException readFailure) {
            fail(readFailure);
        }
    }

    private void deliver(byte[] buffer, int count) {
        targetLock.lock();
        try {
            if (target == null) {
                return;
            }
            target.write(buffer, 0, count);
            // Flushed per chunk so that a caller streaming the output live sees it as it arrives.
            target.flush();
        } catch (IOException | RuntimeException writeFailure) {
            failure = writeFailure;
            target = null;
        } finally {
            targetLock.unlock();
        }
    }

    private void fail(IOException readFailure) {
        targetLock.lock();
        try {
            if (failure == null) {
                failure = readFailure;
            }
        } finally {
            targetLock.unlock();
        }
    }

    /** Waits for the pipe's end; {@code null} waits without limit. @return whether the pipe ended */
    boolean awaitEnd(Duration limit) throws InterruptedException {
        if (limit == null) {
            thread.join();
            return true;
        }
        if (limit.isPositive()) {
            thread.join(limit);
        }
        return !thread.isAlive();
    }

    /**
     * Stops writing to the caller's stream; the pump goes on draining and discarding. Once this
     * returns no write to the target is in progress or will start, so the stream is the caller's again.
     */
    void detach() {
        targetLock.lock();
        try {
            target = null;
        } finally {
            targetLock.unlock();
        }
    }

    /** The first failure of the target stream or of reading the pipe, or null. */
    Exception failure() {
        targetLock.lock();
        try {
            return failure;
        } finally {
            targetLock.unlock();
        }
    }
}
