package dev.lvb.callback;

import static dev.lvb.callback.Fixtures.CALLBACK_KEY;
import static dev.lvb.callback.Fixtures.freshT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
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

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.event.StreamBeginEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * 32 threads deliver distinct and identical events at once, the identical ones with fresh signatures like LVB's
 * retries; a 409 (same event in progress) is retried like LVB would. Each distinct event must reach the observers
 * exactly once, and nothing may fail.
 */
@QuarkusTest
class LvbCallbackConcurrencyTest {

    private static final int THREADS = 32;

    @Inject
    RecordingObserver observer;

    @TestHTTPResource(LvbCallbackEndpoint.DEFAULT_PATH)
    URI callback;

    @Test
    void concurrentDeliveriesReachObserversExactlyOncePerEvent() throws Exception {
        List<String> distinct = new ArrayList<>();
        List<String> sends = new ArrayList<>();
        // 16 distinct events sent once each
        for (int i = 0; i < 16; i++) {
            String stream = Fixtures.uniqueStream("conc-distinct-" + i);
            distinct.add(stream);
            sends.add(stream);
        }
        // 4 events sent 8 times each, concurrently; half of them with a slow observer to force overlaps
        for (int i = 0; i < 4; i++) {
            String stream = Fixtures.uniqueStream("conc-same-" + i);
            if (i % 2 == 0) {
                observer.slowFor(stream);
            }
            distinct.add(stream);
            for (int k = 0; k < 8; k++) {
                sends.add(stream);
            }
        }
        Collections.shuffle(sends);

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < sends.size(); i++) {
                String stream = sends.get(i);
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    deliverLikeLvb(Fixtures.beginFor(stream), n, statuses);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.keySet()).as("statuses seen: %s", statuses).isSubsetOf(200, 409);
        for (String stream : distinct) {
            assertThat(observer.received(stream)).as(stream).hasSize(1);
            assertThat(observer.received(StreamBeginEvent.class, stream)).as(stream).hasSize(1);
            assertThat(observer.attempts(stream)).as(stream).isEqualTo(1);
        }
    }

    /** Posts until LVB would be satisfied (200), retrying a 409 after a pause; gives up after 100 tries. */
    private void deliverLikeLvb(JsonObject event, int n, Map<Integer, AtomicInteger> statuses)
            throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            // every attempt signs afresh, like LVB's retries
            HttpResponse<String> answer = LvbCallbackSender.post(callback, event, CALLBACK_KEY, freshT() + n % 5);
            statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.statusCode() != 409) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("still answered 409 after 100 tries");
    }
}
