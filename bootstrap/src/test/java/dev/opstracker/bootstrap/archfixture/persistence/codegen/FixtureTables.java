package dev.opstracker.bootstrap.archfixture.persistence.codegen;

/** Stands in for generated jOOQ code (the real code lives in persistence.jooq). */
public final class FixtureTables {

    private FixtureTables() {
    }

    /** A method, not a constant: javac inlines constants, which would hide the dependency. */
    public static String task() {
        return "task";
    }
}
