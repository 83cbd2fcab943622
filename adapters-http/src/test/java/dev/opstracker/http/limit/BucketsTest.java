package dev.opstracker.http.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Buckets buckets = new Buckets(new RatePolicy(2, 5), nanos::get);

    @Test
    void aCallerMaySendItsBurstAtOnceAndIsThenRefusedWithTheWaitForOneToken() {
        for (int request = 0; request < 5; request++) {
            assertThat(buckets.take("token:1").isAllowed()).as("request %d", request).isTrue();
        }

        TokenBucket.Verdict refused = buckets.take("token:1");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.firstRefusal()).isTrue();
        assertThat(buckets.take("token:1").firstRefusal()).as("only the first refusal in a row is worth a log line").isFalse();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        Buckets slow = new Buckets(new RatePolicy(0.25, 1), nanos::get);
        slow.take("token:1");

        assertThat(slow.take("token:1").retryAfterSeconds()).isEqualTo(4);
        advance(2_500);
        assertThat(slow.take("token:1").retryAfterSeconds()).as("1.5 s left").isEqualTo(2);
        advance(1_400);
        assertThat(slow.take("token:1").retryAfterSeconds()).as("0.1 s left").isEqualTo(1);
    }

    @Test
    void aRefusedCallerIsServedAgainOnceItWaitedRetryAfter() {
        drain("token:1");
        long wait = buckets.take("token:1").retryAfterSeconds();

        advance(TimeUnit.SECONDS.toMillis(wait));

        assertThat(buckets.take("token:1").isAllowed()).isTrue();
    }

    @Test
    void theBucketRefillsAtTheRateAndNeverAboveTheBurst() {
        drain("token:1");
        advance(60_000);

        assertThat(allowedInARow("token:1")).isEqualTo(5);
        advance(1_000);
        assertThat(allowedInARow("token:1")).isEqualTo(2);
    }

    @Test
    void everyTokenHasItsOwnBucket() {
        drain("token:1");

        assertThat(buckets.take("token:1").isAllowed()).isFalse();
        assertThat(allowedInARow("token:2")).isEqualTo(5);
    }

    @Test
    void bucketsOfCallersGoneQuietAreForgottenSoManyTokensDoNotGrowTheMap() {
        for (int token = 0; token < 50_000; token++) {
            buckets.take("token:" + token);
        }
        assertThat(buckets.size()).isEqualTo(50_000);

        advance(6_000);
        buckets.take("token:active");

        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void aForgottenBucketWasFullSoItsCallerLosesNothing() {
        drain("token:1");
        advance(6_000);
        buckets.take("token:other");

        assertThat(allowedInARow("token:1")).isEqualTo(5);
    }

    @Test
    void concurrentCallersOnOneTokenGetExactlyItsBurst() throws Exception {
        Buckets shared = new Buckets(new RatePolicy(0.001, 1_000), nanos::get);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                counts.add(pool.submit(() -> {
                    int allowed = 0;
                    for (int request = 0; request < 500; request++) {
                        allowed += shared.take("token:1").isAllowed() ? 1 : 0;
                    }
                    return allowed;
                }));
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get(10, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(1_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPolicyNeedsAPositiveRateAndABurstOfOneOrMore() {
        assertThatThrownBy(() -> new RatePolicy(0, 1)).hasMessageContaining("perSecond 0.0");
        assertThatThrownBy(() -> new RatePolicy(Double.NaN, 1)).hasMessageContaining("perSecond NaN");
        assertThatThrownBy(() -> new RatePolicy(1, 0)).hasMessage("burst 0 is below 1");
    }

    private void drain(String key) {
        allowedInARow(key);
    }

    private int allowedInARow(String key) {
        int allowed = 0;
        while (buckets.take(key).isAllowed()) {
            allowed++;
        }
        return allowed;
    }

    private void advance(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
