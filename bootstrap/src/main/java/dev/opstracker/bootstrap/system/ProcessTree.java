package dev.opstracker.bootstrap.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops a process together with its descendants: politely first, forcibly after a grace period. */
final class ProcessTree {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);
    // Polled rather than ProcessHandle.onExit: for a process that is not our child the JDK polls every 300 ms
    // or more, and it counts a zombie as alive.
    private static final Duration POLL = Duration.ofMillis(20);

    private ProcessTree() {
    }

    /**
     * Asks the process and its descendants to end (SIGTERM on POSIX), waits up to {@code grace} for
     * them, then kills what is left and waits up to {@code grace} again for the kill to take effect, so
     * that the tree is gone when this returns. An interrupt cuts the waiting short; the thread's
     * interrupt flag is left set.
     */
    static void stop(ProcessHandle root, Duration grace) {
        // Taken before the root is asked to end: once it is gone its children are re-parented and no longer found.
        Set<ProcessHandle> tree = withDescendants(List.of(root));
        tree.forEach(ProcessHandle::destroy);
        if (awaitEnd(tree, grace)) {
            return;
        }
        // A fresh look below the survivors finds children they started after the first snapshot.
        Set<ProcessHandle> survivors = withDescendants(tree.stream().filter(ProcessTree::isRunning).toList());
        LOG.info("{} process(es) of pid {} still running {} after being asked to end; killing them", survivors.size(), root.pid(), grace);
        survivors.forEach(ProcessHandle::destroyForcibly);
        if (!awaitEnd(survivors, grace) && !Thread.currentThread().isInterrupted()) {
            LOG.warn("{} process(es) of pid {} still running {} after being killed",
                    survivors.stream().filter(ProcessTree::isRunning).count(), root.pid(), grace);
        }
    }

    /**
     * Whether the process still runs. A zombie (ended, but not yet reaped by its parent, which after
     * re-parenting is init, and some container inits reap late or never) is alive to the JDK, yet it
     * holds nothing and cannot be stopped any further.
     */
    static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    private static boolean isZombie(long pid) {
        try {
            // "pid (command) state ...": the command may contain spaces and parentheses, so look after the last ')'.
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
            int endOfCommand = stat.lastIndexOf(')');
            return endOfCommand > 0 && endOfCommand + 2 < stat.length() && stat.charAt(endOfCommand + 2) == 'Z';
        } catch (IOException noProcFileSystem) {
            // No /proc (macOS, Windows: their zombies are reaped promptly or do not exist), or the process is gone.
            return false;
        }
    }

    private static Set<ProcessHandle> withDescendants(List<ProcessHandle> roots) {
        Set<ProcessHandle> tree = new LinkedHashSet<>(roots);
        for (ProcessHandle root : roots) {
            try (Stream<ProcessHandle> descendants = root.descendants()) {
                descendants.forEach(tree::add);
            }
        }
        return tree;
    }

    private static boolean awaitEnd(Collection<ProcessHandle> processes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (processes.stream().anyMatch(ProcessTree::isRunning)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
