package dev.opstracker.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A tmpfs of a few MiB mounted for one test, to be filled until the disk is really full. Mounting needs
 * root (or CAP_SYS_ADMIN): where it is not permitted the test is skipped, saying why. Unmounted on close,
 * lazily if something still holds a file open.
 */
final class SmallFilesystem implements AutoCloseable {

    private static final int BLOCK = 64 * 1024;

    private final Path mountPoint;
    private final Path filler;

    private SmallFilesystem(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Mounts a tmpfs of {@code size} (such as {@code 16m}) on {@code mountPoint}, created if missing; skips the test where that is refused. */
    static SmallFilesystem mount(Path mountPoint, String size) throws IOException {
        Files.createDirectories(mountPoint);
        Result mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(mounted.exitCode() == 0, () -> "a real full disk needs a small tmpfs, and mounting one is not permitted here "
                + "(root or CAP_SYS_ADMIN is needed): " + mounted.output());
        return new SmallFilesystem(mountPoint);
    }

    Path path() {
        return mountPoint;
    }

    long free() {
        try {
            return Files.getFileStore(mountPoint).getUsableSpace();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Grows the filler file until about {@code bytes} are left free (all of it with 0: until the disk is full). */
    void fillLeaving(long bytes) throws IOException {
        byte[] block = new byte[BLOCK];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            for (long left = free() - bytes; left > 0; left -= BLOCK) {
                out.write(block, 0, (int) Math.min(BLOCK, left));
                out.flush();
            }
        } catch (IOException full) {
            if (bytes > 0 || !String.valueOf(full.getMessage()).contains("No space left on device")) {
                throw full;
            }
        }
    }

    /** Frees what the filler took. */
    void release() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() {
        if (run("umount", mountPoint.toString()).exitCode() != 0) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException cannotRun) {
            return new Result(-1, String.join(" ", command) + ": " + cannotRun.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
