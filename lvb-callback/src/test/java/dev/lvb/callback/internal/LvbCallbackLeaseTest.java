package dev.lvb.callback.internal;

import static dev.lvb.callback.internal.LvbCallbackHandlerTest.CALLBACK_KEY;
import static dev.lvb.callback.internal.LvbCallbackHandlerTest.begin;
import static dev.lvb.callback.internal.LvbCallbackHandlerTest.signed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.callback.MutableClock;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.event.LvbEvent;

/** The claim lease: kept alive while observers run, expiring after an owner vanished. */
class LvbCallbackLeaseTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final LvbCredentialsProvider CREDENTIALS = LvbCredentialsProvider.of(LvbCredentials.of(1L, CALLBACK_KEY));

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    final LvbCallbackSettings settings = LvbCallbackSettings.defaults().withClock(clock).withDedupeLease(LEASE);
    final InMemoryLvbDedupeStore store = new InMemoryLvbDedupeStore(1000, clock);
    final List<LvbEvent> delivered = new CopyOnWriteArrayList<>();

    /** Renews by hand: the test moves the clock and then ticks. */
    static final class ManualTimer implements LvbLeaseTimer {
        final List<Runnable> tasks = new CopyOnWriteArrayList<>();
        final List<Duration> periods = new CopyOnWriteArrayList<>();

        @Override
        public Cancel every(Duration period, Runnable task) {
            periods.add(period);
            tasks.add(task);
            return () -> tasks.remove(task);
        }

        void tick() {
            tasks.forEach(Runnable::run);
        }
    }

    long now() {
        return clock.epochSecond();
    }

    @Test
    void aDeliveryThatOutlivesTheLeaseIsNotDeliveredTwice() throws Exception {
        ManualTimer timer = new ManualTimer();
        CountDownLatch inObserver = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        LvbCallbackHandler h = new LvbCallbackHandler(settings, CREDENTIALS, store, e -> {
            delivered.add(e);
            inObserver.countDown();
            await(finish);
        }, timer);

        CompletableFuture<LvbNotificationReport> slow = CompletableFuture
                .supplyAsync(() -> h.handle(signed(begin("slow"), CALLBACK_KEY, now() + 600)));
        assertThat(inObserver.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(timer.periods).containsExactly(LEASE.dividedBy(3));

        for (int i = 1; i <= 6; i++) { // two minutes in the observer, four leases
            clock.advance(Duration.ofSeconds(20));
            timer.tick();
            LvbNotificationReport retry = h.handle(signed(begin("slow"), CALLBACK_KEY, now() + 600 + i));
            assertThat(retry.outcome()).as("LVB's retry %d while the observer runs", i)
                    .isEqualTo(LvbNotificationOutcome.IN_PROGRESS);
            assertThat(retry.status()).isEqualTo(409);
        }
        finish.countDown();
        assertThat(slow.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(timer.tasks).as("renewal stopped with the delivery").isEmpty();

        assertThat(h.handle(signed(begin("slow"), CALLBACK_KEY, now() + 590)).outcome())
                .isEqualTo(LvbNotificationOutcome.DUPLICATE);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void anAbandonedClaimIsDeliveredOnTheNextRetryAfterTheLease() {
        // Another instance claimed the event and died: nobody renews, completes or releases its claim.
        String key = LvbDedupeKeys.of(begin("orphan"));
        assertThat(store.tryClaim(key, "dead-instance:1", LEASE)).isEqualTo(LvbDedupeStore.Claim.NEW);
        LvbCallbackHandler h = new LvbCallbackHandler(settings, CREDENTIALS, store, delivered::add, new ManualTimer());

        clock.advance(LEASE.minusSeconds(1));
        assertThat(h.handle(signed(begin("orphan"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(409);
        assertThat(delivered).isEmpty();

        clock.advance(Duration.ofSeconds(31)); // LVB retries a minute after its first attempt
        LvbNotificationReport retry = h.handle(signed(begin("orphan"), CALLBACK_KEY, now() + 600));
        assertThat(retry.outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(delivered).hasSize(1);

        // The dead owner's late release (had it come back) does not reopen the delivered event.
        store.release(key, "dead-instance:1");
        assertThat(h.handle(signed(begin("orphan"), CALLBACK_KEY, now() + 601)).outcome())
                .isEqualTo(LvbNotificationOutcome.DUPLICATE);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void aFailedDeliveryReleasesItsClaimAndStopsRenewing() {
        ManualTimer timer = new ManualTimer();
        AtomicInteger calls = new AtomicInteger();
        LvbCallbackHandler h = new LvbCallbackHandler(settings, CREDENTIALS, store, e -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("observer failed");
            }
            delivered.add(e);
        }, timer);
        assertThat(h.handle(signed(begin("f"), CALLBACK_KEY, now() + 600)).status()).isEqualTo(500);
        assertThat(timer.tasks).isEmpty();
        // released at once: the retry need not wait for the lease
        assertThat(h.handle(signed(begin("f"), CALLBACK_KEY, now() + 601)).outcome())
                .isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void theSharedTimerRenewsInRealTime() throws Exception {
        // Real time, no clock tricks: the observer runs until the claim was renewed four times, i.e. for more than
        // a whole lease; a copy arriving then is still answered 409.
        Duration lease = Duration.ofMillis(1500);
        LvbCallbackSettings real = LvbCallbackSettings.defaults().withDedupeLease(lease);
        InMemoryLvbDedupeStore realStore = new InMemoryLvbDedupeStore(100, Clock.systemUTC());
        AtomicInteger renewals = new AtomicInteger();
        CountDownLatch renewedFourTimes = new CountDownLatch(4);
        LvbDedupeStore counting = new LvbDedupeStore() {
            @Override
            public Claim tryClaim(String key, String owner, Duration l) {
                return realStore.tryClaim(key, owner, l);
            }

            @Override
            public boolean renew(String key, String owner, Duration l) {
                boolean held = realStore.renew(key, owner, l);
                if (held) {
                    renewals.incrementAndGet();
                    renewedFourTimes.countDown();
                }
                return held;
            }

            @Override
            public void complete(String key, String owner, Duration window) {
                realStore.complete(key, owner, window);
            }

            @Override
            public void release(String key, String owner) {
                realStore.release(key, owner);
            }
        };
        long t = Instant.now().getEpochSecond() + 600;
        CountDownLatch copyAnswered = new CountDownLatch(1);
        LvbCallbackHandler h = new LvbCallbackHandler(real, CREDENTIALS, counting, e -> {
            delivered.add(e);
            await(renewedFourTimes);
            await(copyAnswered);
        });
        CompletableFuture<LvbNotificationReport> slow = CompletableFuture
                .supplyAsync(() -> h.handle(signed(begin("real"), CALLBACK_KEY, t)));
        assertThat(renewedFourTimes.await(60, TimeUnit.SECONDS)).isTrue();
        LvbNotificationReport copy = h.handle(signed(begin("real"), CALLBACK_KEY, t + 1));
        copyAnswered.countDown();
        assertThat(copy.outcome()).isEqualTo(LvbNotificationOutcome.IN_PROGRESS);
        assertThat(slow.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(LvbNotificationOutcome.ACCEPTED);
        assertThat(delivered).hasSize(1);
        assertThat(renewals.get()).isGreaterThanOrEqualTo(4);
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
