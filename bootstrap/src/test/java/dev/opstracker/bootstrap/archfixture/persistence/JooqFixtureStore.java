package dev.opstracker.bootstrap.archfixture.persistence;

import dev.opstracker.bootstrap.archfixture.http.FixtureRoutes;

/** Breaks the layers: one adapter (persistence) reaching another (http). */
public final class JooqFixtureStore {

    public void save(Object task) {
        FixtureRoutes.announce(task);
    }
}
