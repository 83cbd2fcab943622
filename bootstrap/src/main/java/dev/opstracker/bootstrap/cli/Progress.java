package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A line on stderr that says long work is under way: a bar when its size is known (bytes sent, say), else a spinner,
 * with the time it has taken. Drawn only on a terminal, where it rewrites itself in place and is cleared at the end;
 * in a pipe or a file nothing is written, so scripts and logs never see it.
 */
public final class Progress implements AutoCloseable {

    private static final Progress NONE = new Progress(null, "", null);
    private static final String SPINNER = "|/-\\";
    private static final int BAR_WIDTH = 24;
    private static final Duration REDRAW = Duration.ofMillis(250);

    private final PrintWriter err;
    private final String label;
    private final ScheduledExecutorService painter;
    private final long startedNanos = System.nanoTime();
    private volatile long done;
    private volatile long total = -1;
    private volatile String detail = "";
    private int frame;
    private int drawnWidth;

    private Progress(PrintWriter err, String label, ScheduledExecutorService painter) {
        this.err = err;
        this.label = label;
        this.painter = painter;
    }

    /** Starts drawing on {@code err} when {@code terminal} is interactive; otherwise does nothing at all. */
    public static Progress start(Terminal terminal, PrintWriter err, String label) {
        if (!terminal.interactive()) {
            return NONE;
        }
        ScheduledExecutorService painter = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "progress");
            thread.setDaemon(true);
            return thread;
        });
        Progress progress = new Progress(requireNonNull(err, "err is null"), label, painter);
        painter.scheduleAtFixedRate(progress::draw, 0, REDRAW.toMillis(), TimeUnit.MILLISECONDS);
        return progress;
    }

    /** How far the work is, when it can tell: {@code done} of {@code total} units (bytes, rows). */
    public void update(long doneSoFar, long totalUnits) {
        this.done = doneSoFar;
        this.total = totalUnits;
    }

    /** What part of the work is under way, shown after the label, such as {@code database 48 MiB}. */
    public void describe(String part) {
        this.detail = part == null ? "" : part;
    }

    private synchronized void draw() {
        long seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
        String line;
        String label = detail.isEmpty() ? this.label : this.label + ": " + detail;
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
            line = "%s [%s%s] %3d%% %ds".formatted(label, "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), Math.min(100, done * 100 / total), seconds);
        } else {
            line = "%s %c %ds".formatted(label, SPINNER.charAt(frame++ % SPINNER.length()), seconds);
        }
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Stops drawing and clears the line, so what the command prints next starts clean. */
    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.shutdownNow();
        try {
            painter.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
    }
}
