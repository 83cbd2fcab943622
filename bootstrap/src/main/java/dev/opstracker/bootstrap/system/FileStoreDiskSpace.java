package dev.opstracker.bootstrap.system;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.storage.DiskSpace;
import dev.opstracker.domain.storage.VolumeSpace;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DiskSpace} from the file stores ({@link FileStore#getUsableSpace()}) of local paths, each named
 * by what it holds. Paths on one volume count once, named by all they hold. A path not created yet is
 * measured where it will be created: its nearest existing parent. A volume that cannot be measured is
 * left out and logged once, until it can be measured again.
 */
public final class FileStoreDiskSpace implements DiskSpace {

    private static final Logger LOG = LoggerFactory.getLogger(FileStoreDiskSpace.class);

    private final Map<String, Path> paths;
    private final Set<Path> failing = ConcurrentHashMap.newKeySet();

    /** @param paths what each path holds ({@code data directory}, {@code H2 database}) and the path, in the order to report them */
    public FileStoreDiskSpace(Map<String, Path> paths) {
        this.paths = new LinkedHashMap<>(requireNonNull(paths, "paths is null"));
    }

    /** The paths watched, by what they hold. */
    public Map<String, Path> paths() {
        return Map.copyOf(paths);
    }

    @Override
    public List<VolumeSpace> measure() {
        Map<FileStore, List<String>> roles = new LinkedHashMap<>();
        Map<FileStore, long[]> spaces = new LinkedHashMap<>();
        paths.forEach((role, path) -> {
            try {
                FileStore store = Files.getFileStore(existing(path));
                if (!spaces.containsKey(store)) {
                    long total = store.getTotalSpace();
                    spaces.put(store, new long[] {total, Math.min(store.getUsableSpace(), total)});
                }
                roles.computeIfAbsent(store, ignored -> new ArrayList<>()).add(role);
                if (failing.remove(path)) {
                    LOG.info("The free space of the {} at {} can be measured again", role, path);
                }
            } catch (IOException | RuntimeException unmeasurable) {
                if (failing.add(path)) {
                    LOG.warn("Cannot measure the free space of the {} at {}: {}; it is not watched until it can be", role, path, unmeasurable.toString());
                }
            }
        });
        List<VolumeSpace> volumes = new ArrayList<>();
        spaces.forEach((store, space) -> volumes.add(new VolumeSpace(String.join(" and ", roles.get(store)), space[0], space[1])));
        return volumes;
    }

    private static Path existing(Path path) {
        Path candidate = path.toAbsolutePath().normalize();
        while (!Files.exists(candidate) && candidate.getParent() != null) {
            candidate = candidate.getParent();
        }
        return candidate;
    }
}
