package dev.opstracker.bootstrap.archfixture.http;

import dev.opstracker.bootstrap.archfixture.persistence.codegen.FixtureTables;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Breaks "generated code stays in persistence", the field-injection, java.util.logging,
 * generic-exception, old-date and standard-stream rules.
 */
public final class FixtureRoutes {

    private static final Logger LOG = Logger.getLogger("fixture");

    @Inject
    Object injectedField;

    public static void announce(Object task) {
        LOG.info(FixtureTables.task());
        System.out.println(task + " at " + new Date());
        if (task == null) {
            throw new RuntimeException("generic");
        }
    }
}
