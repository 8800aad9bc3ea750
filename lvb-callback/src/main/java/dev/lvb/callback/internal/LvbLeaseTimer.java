package dev.lvb.callback.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the renewals of dedupe claims while observers deliver an event. A seam so that tests renew by hand with an
 * adjustable clock; production uses {@link #shared()}.
 */
@FunctionalInterface
public interface LvbLeaseTimer {

    /** Stops a periodic task; idempotent. */
    @FunctionalInterface
    interface Cancel extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * @param period time between runs, the first one after {@code period}
     * @param task what to run; its exceptions must not stop later runs (catch them)
     * @return stops the runs
     */
    Cancel every(Duration period, Runnable task);

    /** @return one daemon thread for the whole process: a renewal is one short store call every third of a lease */
    static LvbLeaseTimer shared() {
        return Shared.TIMER;
    }

    /** Holder of the lazily created shared timer. */
    final class Shared {
        private static final LvbLeaseTimer TIMER;

        static {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "lvb-dedupe-lease");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            TIMER = (period, task) -> {
                long nanos = Math.max(1_000_000L, period.toNanos());
                ScheduledFuture<?> f = executor.scheduleWithFixedDelay(task, nanos, nanos, TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            };
        }

        private Shared() {
        }
    }
}
