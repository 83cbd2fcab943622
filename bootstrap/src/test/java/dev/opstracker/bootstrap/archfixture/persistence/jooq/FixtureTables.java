package dev.opstracker.bootstrap.archfixture.persistence.jooq;

/** Stands in for generated jOOQ code. */
public final class FixtureTables {

    private FixtureTables() {
    }

    /** A method, not a constant: javac inlines constants, which would hide the dependency. */
    public static String task() {
        return "task";
    }
}
