package dev.opstracker.bootstrap.archfixture.domain.task;

import java.util.concurrent.ThreadLocalRandom;

/** Breaks "the domain makes no randomness". */
public final class RandomPriorityTask {

    public int priority() {
        return ThreadLocalRandom.current().nextInt(1, 5);
    }
}
