package dev.opstracker.domain.alert;

/** What an alert event says about its problem. */
public enum AlertStatus {
    FIRING,
    /** Someone is on it (PagerDuty {@code acknowledge}); the problem is not over. */
    ACKNOWLEDGED,
    RESOLVED
}
