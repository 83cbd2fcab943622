package dev.opstracker.bootstrap.archfixture.persistence.jooq;

/** Stands in for generated jOOQ code. */
public final class FixtureTables {

    public static final String TASK = "task";

    private FixtureTables() {
    }
}
