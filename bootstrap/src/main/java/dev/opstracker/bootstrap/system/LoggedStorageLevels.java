package dev.opstracker.bootstrap.system;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each change of storage level once: a WARN while past a threshold, an INFO once back to normal. */
public final class LoggedStorageLevels implements StorageWatch.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedStorageLevels.class);

    @Override
    public void levelChanged(StorageCondition before, StorageCondition now) {
        switch (now.level()) {
            case NORMAL -> LOG.info("Storage has room again ({}): changes are accepted and outputs kept whole", now.reason());
            case WARNING -> LOG.warn("Storage is past the warning level: {}; large command outputs are kept truncated{}", now.reason(),
                    before.level() == StorageLevel.CRITICAL ? ", and changes are accepted again" : "");
            case CRITICAL -> LOG.warn("Storage is past the critical level: {}; changes are refused until space is freed, while {}", now.reason(),
                    StorageCondition.STILL_WORKING);
        }
    }
}
