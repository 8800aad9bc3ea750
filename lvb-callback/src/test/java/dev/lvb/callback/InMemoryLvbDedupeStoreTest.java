package dev.lvb.callback;

import static dev.lvb.callback.LvbDedupeStore.Claim.DUPLICATE;
import static dev.lvb.callback.LvbDedupeStore.Claim.IN_PROGRESS;
import static dev.lvb.callback.LvbDedupeStore.Claim.NEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class InMemoryLvbDedupeStoreTest {

    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String OWNER = "attempt-1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryLvbDedupeStore store = new InMemoryLvbDedupeStore(100, clock);

    @Test
    void newThenInProgressThenDuplicateAfterComplete() {
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(NEW);
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(IN_PROGRESS);
        store.complete("a", OWNER, WINDOW);
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(DUPLICATE);
        assertThat(store.tryClaim("b", OWNER, LEASE)).isEqualTo(NEW);
    }

    @Test
    void releaseForgetsAFailedClaim() {
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(NEW);
        store.release("a", OWNER);
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(NEW);
    }

    @Test
    void releaseDoesNotForgetACompletedEvent() {
        store.tryClaim("a", OWNER, LEASE);
        store.complete("a", OWNER, WINDOW);
        store.release("a", OWNER);
        store.release("never-claimed", OWNER);
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(DUPLICATE);
    }

    @Test
    void completedEventsExpireAfterTheWindow() {
        store.tryClaim("a", OWNER, LEASE);
        store.complete("a", OWNER, WINDOW);
        clock.advance(WINDOW.minusSeconds(1));
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(DUPLICATE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(NEW);
    }

    @Test
    void theWindowCountsFromCompletion() {
        store.tryClaim("a", OWNER, LEASE);
        clock.advance(Duration.ofMinutes(20)); // slow observer
        store.complete("a", OWNER, WINDOW);
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(DUPLICATE);
    }

    @Test
    void anAbandonedClaimExpiresAfterTheLeaseNotTheWindow() {
        store.tryClaim("a", OWNER, LEASE);
        clock.advance(LEASE.minusMillis(1));
        assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(IN_PROGRESS);
        clock.advance(Duration.ofMillis(1));
        // the owner died mid-delivery: LVB's next retry (a minute later) is delivered
        assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(NEW);
    }

    @Test
    void renewalKeepsAClaimBeyondItsFirstLease() {
        store.tryClaim("a", OWNER, LEASE);
        for (int i = 0; i < 10; i++) { // a 5-minute observer, renewed every 20 s
            clock.advance(Duration.ofSeconds(20));
            assertThat(store.renew("a", OWNER, LEASE)).isTrue();
            assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(IN_PROGRESS);
        }
        store.complete("a", OWNER, WINDOW);
        assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(DUPLICATE);
    }

    @Test
    void onlyTheOwnerRenewsOrReleases() {
        store.tryClaim("a", OWNER, LEASE);
        assertThat(store.renew("a", "intruder", LEASE)).isFalse();
        store.release("a", "intruder");
        assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(IN_PROGRESS);

        clock.advance(LEASE);
        assertThat(store.renew("a", OWNER, LEASE)).as("an expired lease is not revived").isFalse();
        assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(NEW);
        // the late first owner can neither extend nor drop the claim of the attempt that took over
        assertThat(store.renew("a", OWNER, LEASE)).isFalse();
        store.release("a", OWNER);
        assertThat(store.tryClaim("a", "attempt-3", LEASE)).isEqualTo(IN_PROGRESS);
        assertThat(store.renew("a", "attempt-2", LEASE)).isTrue();
    }

    @Test
    void aCompletedEventCannotBeRenewedOrReleased() {
        store.tryClaim("a", OWNER, LEASE);
        store.complete("a", OWNER, WINDOW);
        assertThat(store.renew("a", OWNER, LEASE)).isFalse();
        store.release("a", OWNER);
        assertThat(store.tryClaim("a", "attempt-2", LEASE)).isEqualTo(DUPLICATE);
    }

    @Test
    void expiredEntriesAreDroppedLazily() {
        for (int i = 0; i < 50; i++) {
            store.tryClaim("old" + i, OWNER, LEASE);
            store.complete("old" + i, OWNER, WINDOW);
        }
        assertThat(store.size()).isEqualTo(50);
        clock.advance(WINDOW.plusSeconds(1));
        store.tryClaim("fresh", OWNER, LEASE);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void boundedByEvictingTheOldest() {
        InMemoryLvbDedupeStore small = new InMemoryLvbDedupeStore(3, clock);
        for (String k : List.of("a", "b", "c")) {
            small.tryClaim(k, OWNER, LEASE);
            small.complete(k, OWNER, WINDOW);
            clock.advance(Duration.ofSeconds(1));
        }
        small.tryClaim("d", OWNER, LEASE);
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.tryClaim("b", OWNER, LEASE)).isEqualTo(DUPLICATE);
        assertThat(small.tryClaim("c", OWNER, LEASE)).isEqualTo(DUPLICATE);
        // "a", the oldest, was evicted: a re-send is delivered again (at least once)
        assertThat(small.tryClaim("a", OWNER, LEASE)).isEqualTo(NEW);
        assertThat(small.size()).isEqualTo(3);
    }

    @Test
    void staysWithinItsBoundUnderManyKeys() {
        InMemoryLvbDedupeStore bounded = new InMemoryLvbDedupeStore(1000, clock);
        for (int i = 0; i < 50_000; i++) {
            String k = "k" + i;
            if (bounded.tryClaim(k, OWNER, LEASE) == NEW) {
                bounded.complete(k, OWNER, WINDOW);
            }
            assertThat(bounded.size()).isLessThanOrEqualTo(1000);
        }
        assertThat(bounded.tryClaim("k49999", OWNER, LEASE)).isEqualTo(DUPLICATE);
    }

    @Test
    void concurrentClaimsOfOneKeyHaveExactlyOneWinner() throws Exception {
        InMemoryLvbDedupeStore shared = new InMemoryLvbDedupeStore(10_000, Clock.systemUTC());
        int threads = 16;
        int keys = 200;
        Map<String, AtomicInteger> winners = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < keys; k++) {
                        String key = "key" + k;
                        if (shared.tryClaim(key, OWNER, LEASE) == NEW) {
                            winners.computeIfAbsent(key, x -> new AtomicInteger()).incrementAndGet();
                            shared.complete(key, OWNER, WINDOW);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(winners).hasSize(keys);
        assertThat(winners.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(shared.size()).isEqualTo(keys);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new InMemoryLvbDedupeStore(0, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.tryClaim("a", OWNER, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.tryClaim(null, OWNER, LEASE)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void hugeWindowsDoNotOverflow() {
        store.tryClaim("a", OWNER, Duration.ofSeconds(Long.MAX_VALUE));
        store.complete("a", OWNER, Duration.ofSeconds(Long.MAX_VALUE));
        clock.advance(Duration.ofDays(365 * 100));
        assertThat(store.tryClaim("a", OWNER, LEASE)).isEqualTo(DUPLICATE);
    }
}
