package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import org.jooq.SQLDialect;

/** The databases OpsTracker runs on, told apart by JDBC URL. */
enum Vendor {
    H2("h2", "jdbc:h2:", SQLDialect.H2, "org.h2.Driver"),
    MARIADB("mariadb", "jdbc:mariadb:", SQLDialect.MARIADB, "org.mariadb.jdbc.Driver");

    private final String id;
    private final String urlPrefix;
    private final SQLDialect dialect;
    private final String driverClassName;

    Vendor(String id, String urlPrefix, SQLDialect dialect, String driverClassName) {
        this.id = id;
        this.urlPrefix = urlPrefix;
        this.dialect = dialect;
        this.driverClassName = driverClassName;
    }

    /**
     * The vendor a JDBC URL points at.
     *
     * @throws IllegalArgumentException naming only the URL's scheme, since the rest may hold a password
     */
    static Vendor ofUrl(String url) {
        requireNonNull(url, "url is null");
        for (Vendor vendor : values()) {
            if (url.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("database URL scheme '%s' is not supported: expected a URL starting with %s or %s"
                .formatted(schemeOf(url), H2.urlPrefix, MARIADB.urlPrefix));
    }

    private static String schemeOf(String url) {
        int first = url.indexOf(':');
        if (first < 0) {
            return "(none)";
        }
        int second = url.indexOf(':', first + 1);
        return url.startsWith("jdbc:") && second > 0 ? url.substring(0, second) : url.substring(0, first);
    }

    /** The short name reported by {@link Database#kind()} and used for vendor-specific migrations. */
    String id() {
        return id;
    }

    SQLDialect dialect() {
        return dialect;
    }

    String driverClassName() {
        return driverClassName;
    }
}
