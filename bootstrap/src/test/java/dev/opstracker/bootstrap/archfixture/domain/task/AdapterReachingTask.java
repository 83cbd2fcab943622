package dev.opstracker.bootstrap.archfixture.domain.task;

import dev.opstracker.bootstrap.archfixture.persistence.JooqFixtureStore;

/** Breaks "domain depends on the JDK only" and the layers: a domain class reaching an adapter. */
public final class AdapterReachingTask {

    public void save(JooqFixtureStore store) {
        store.save(this);
    }
}
