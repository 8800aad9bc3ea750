package dev.lvb.itmulti;

import static dev.lvb.callback.LvbDedupeStore.Claim.DUPLICATE;
import static dev.lvb.callback.LvbDedupeStore.Claim.IN_PROGRESS;
import static dev.lvb.callback.LvbDedupeStore.Claim.NEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.quarkus.runtime.RedisLvbDedupeStore;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The Redis store, selected by configuration, against the real Redis at 127.0.0.1:6379. */
@QuarkusTest
class RedisLvbDedupeStoreTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration WINDOW = Duration.ofMinutes(30);

    @Inject
    LvbDedupeStore store;

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "quarkus.lvb.callback.redis.key-prefix")
    String prefix;

    /** A fresh event hash per test: this run's prefix already keeps parallel builds apart. */
    static String key() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    long pttl(String key) {
        return redis.key().pttl(prefix + ":1252033264:" + key);
    }

    String value(String key) {
        return redis.value(String.class).get(prefix + ":1252033264:" + key);
    }

    @Test
    void theConfiguredStoreIsRedisWithKeysPerApplicationAndAccount() {
        assertThat(store).isInstanceOf(RedisLvbDedupeStore.class);
        assertThat(((RedisLvbDedupeStore) store).namespace()).isEqualTo(prefix + ":1252033264:");
        assertThat(prefix).startsWith("lvb-itm:");
    }

    @Test
    void claimLivesForTheLeaseAndCompletionForTheWindow() {
        String k = key();
        assertThat(store.tryClaim(k, "a", LEASE)).isEqualTo(NEW);
        assertThat(value(k)).isEqualTo("claim:a");
        assertThat(pttl(k)).isPositive().isLessThanOrEqualTo(LEASE.toMillis());
        assertThat(store.tryClaim(k, "b", LEASE)).isEqualTo(IN_PROGRESS);

        store.complete(k, "a", WINDOW);
        assertThat(value(k)).isEqualTo("seen");
        assertThat(pttl(k)).isGreaterThan(LEASE.toMillis()).isLessThanOrEqualTo(WINDOW.toMillis());
        assertThat(store.tryClaim(k, "b", LEASE)).isEqualTo(DUPLICATE);
        assertThat(store.renew(k, "a", LEASE)).as("a completed event is no claim").isFalse();
        store.release(k, "a");
        assertThat(store.tryClaim(k, "b", LEASE)).isEqualTo(DUPLICATE);
    }

    @Test
    void renewalExtendsOnlyTheOwnersClaim() {
        String k = key();
        assertThat(store.tryClaim(k, "a", Duration.ofSeconds(5))).isEqualTo(NEW);
        assertThat(store.renew(k, "intruder", LEASE)).isFalse();
        assertThat(pttl(k)).isLessThanOrEqualTo(5000);
        assertThat(store.renew(k, "a", LEASE)).isTrue();
        assertThat(pttl(k)).isGreaterThan(5000).isLessThanOrEqualTo(LEASE.toMillis());
    }

    @Test
    void releaseDropsOnlyTheOwnersClaim() {
        String k = key();
        store.tryClaim(k, "a", LEASE);
        store.release(k, "intruder");
        assertThat(store.tryClaim(k, "b", LEASE)).isEqualTo(IN_PROGRESS);
        store.release(k, "a");
        assertThat(value(k)).isNull();
        assertThat(store.tryClaim(k, "b", LEASE)).isEqualTo(NEW);
    }

    @Test
    void anAbandonedClaimExpiresAfterItsLease() {
        String k = key();
        assertThat(store.tryClaim(k, "dead", Duration.ofMillis(300))).isEqualTo(NEW);
        // Redis expires the key: wait for that positive fact, then the next attempt wins.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> value(k) == null);
        assertThat(store.tryClaim(k, "retry", LEASE)).isEqualTo(NEW);
        assertThat(store.renew(k, "dead", LEASE)).as("the late owner cannot revive it").isFalse();
        store.release(k, "dead");
        assertThat(value(k)).isEqualTo("claim:retry");
    }

    @Test
    void concurrentClaimsOfOneKeyHaveExactlyOneWinner() throws Exception {
        int threads = 16;
        int keys = 50;
        List<String> ks = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            ks.add(key());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> wins = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String owner = "t" + t;
                Callable<Integer> c = () -> {
                    start.await();
                    int won = 0;
                    for (String k : ks) {
                        if (store.tryClaim(k, owner, LEASE) == NEW) {
                            won++;
                        }
                    }
                    return won;
                };
                wins.add(pool.submit(c));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : wins) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(keys);
        } finally {
            pool.shutdownNow();
        }
    }
}
