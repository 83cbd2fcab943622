package dev.opstracker.domain.storage;

/** How full the fullest watched volume is, from least to most serious. */
public enum StorageLevel {
    /** Every watched volume has room. */
    NORMAL,
    /** A volume is below the warning threshold: large command outputs are kept truncated. */
    WARNING,
    /** A volume is below the critical threshold: changes are refused but for alert intake and stopping timers. */
    CRITICAL;

    /** The wire and log name: {@code normal}, {@code warning} or {@code critical}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
