package dev.opstracker.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.TokenStoreContract;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shared token store contract plus what only a shared database can get wrong: racing writers. */
abstract class JooqTokenStoreContract extends TokenStoreContract {

    @Test
    void ofConcurrentAddsOfOneSecretExactlyOneSucceedsAndTheOthersAreConflicts() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "writer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.add(name, TokenHash.of("raced"), Set.of(Scope.ADMIN), null, Instant.EPOCH, null);
                        return true;
                    } catch (DomainException.Conflict lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(store.count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
