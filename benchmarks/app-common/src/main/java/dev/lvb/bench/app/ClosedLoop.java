package dev.lvb.bench.app;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * A closed-loop client load in this process: {@code threads} platform threads call one {@link CallMode} back to
 * back, first for {@code warmMillis} (not recorded), then for {@code millis}, recording each call's time in an
 * HdrHistogram. Allocation per call is the growth, during the measured phase, of the allocated bytes of every live
 * thread of the process (the callers and the clients' own threads: Vert.x event loops, the JDK client's selector,
 * OkHttp's), divided by the calls. Plain Java: used inside the benchmark applications and by the harness.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** What one measurement gave. */
    public record Result(String mode, int threads, long count, double seconds, double meanUs, double p50Us,
            double p99Us, long allocBytesPerCall, long errors, String firstError) {

        /** @return calls per second */
        public double throughput() {
            return count / seconds;
        }

        /** @return one JSON object */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"mode\":\"%s\",\"threads\":%d,\"count\":%d,\"seconds\":%.6f,"
                    + "\"meanUs\":%.3f,\"p50Us\":%.3f,\"p99Us\":%.3f,\"allocBytesPerCall\":%d,\"errors\":%d,"
                    + "\"firstError\":\"%s\"}", mode, threads, count, seconds, meanUs, p50Us, p99Us,
                    allocBytesPerCall, errors, firstError == null ? "" : firstError.replace('"', '\''));
        }

        /** Reads what {@link #toJson()} wrote. */
        public static Result fromJson(String json) {
            return new Result(text(json, "mode"), (int) number(json, "threads"), (long) number(json, "count"),
                    number(json, "seconds"), number(json, "meanUs"), number(json, "p50Us"), number(json, "p99Us"),
                    (long) number(json, "allocBytesPerCall"), (long) number(json, "errors"),
                    text(json, "firstError"));
        }

        private static double number(String json, String name) {
            int i = json.indexOf("\"" + name + "\":") + name.length() + 3;
            int j = i;
            while (j < json.length() && "0123456789.-E".indexOf(json.charAt(j)) >= 0) {
                j++;
            }
            return Double.parseDouble(json.substring(i, j));
        }

        private static String text(String json, String name) {
            int i = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
            return json.substring(i, json.indexOf('"', i));
        }
    }

    /**
     * Runs the load and returns when done.
     *
     * @param mode the call
     * @param threads concurrent callers
     * @param warmMillis unrecorded warm-up
     * @param millis measured time
     * @return the result
     */
    public static Result measure(CallMode mode, int threads, long warmMillis, long millis) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(threads + 1);
        AtomicLong phaseEnd = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Histogram[] histograms = new Histogram[threads];
        long[] counts = new long[threads];
        for (int i = 0; i < threads; i++) {
            int index = i;
            histograms[i] = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            Thread worker = new Thread(() -> {
                try {
                    barrier.await(); // start of warm-up
                    loop(mode, phaseEnd.get(), null, errors, firstError);
                    barrier.await(); // end of warm-up
                    barrier.await(); // start of measurement
                    counts[index] = loop(mode, phaseEnd.get(), histograms[index], errors, firstError);
                    barrier.await(); // end of measurement
                    barrier.await(); // allocation snapshot taken
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-caller-" + i);
            worker.setDaemon(true);
            worker.start();
        }
        long timeout = warmMillis + millis + 120_000;
        phaseEnd.set(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(warmMillis));
        barrier.await(timeout, TimeUnit.MILLISECONDS);
        barrier.await(timeout, TimeUnit.MILLISECONDS);
        errors.set(0);
        firstError.set(null);
        Map<Long, Long> before = allocated();
        long start = System.nanoTime();
        phaseEnd.set(start + TimeUnit.MILLISECONDS.toNanos(millis));
        barrier.await(timeout, TimeUnit.MILLISECONDS);
        barrier.await(timeout, TimeUnit.MILLISECONDS);
        long elapsed = System.nanoTime() - start;
        Map<Long, Long> after = allocated();
        barrier.await(timeout, TimeUnit.MILLISECONDS);

        Histogram all = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long count = 0;
        for (int i = 0; i < threads; i++) {
            all.add(histograms[i]);
            count += counts[i];
        }
        long allocated = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            allocated += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        Throwable error = firstError.get();
        return new Result(mode.name(), threads, count, elapsed / 1e9, all.getMean() / 1e3,
                all.getValueAtPercentile(50) / 1e3, all.getValueAtPercentile(99) / 1e3,
                count == 0 ? 0 : allocated / count, errors.get(), error == null ? null : error.toString());
    }

    /**
     * One thread calls the modes in turn (A, B, C, A, B, C...) for {@code millis} after an unrecorded warm-up, so
     * that every mode sees the same machine state at the finest grain: the right way to compare per-call times of
     * one caller on a noisy machine. {@code allocBytesPerCall} counts the calling thread's allocation only (exact
     * for work done on the caller's thread; a client's own I/O threads are not attributed to a mode here).
     *
     * @return one result per mode, in the given order
     */
    public static java.util.List<Result> alternate(java.util.List<CallMode> modes, long warmMillis, long millis) {
        int k = modes.size();
        Histogram[] histograms = new Histogram[k];
        long[] counts = new long[k];
        long[] errors = new long[k];
        long[] allocated = new long[k];
        String[] firstErrors = new String[k];
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < k; i++) {
            histograms[i] = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        }
        long warmEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(warmMillis);
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            try {
                modes.get(i % k).call();
            } catch (Exception ignored) {
                // counted in the measured phase
            }
        }
        long start = System.nanoTime();
        long end = start + TimeUnit.MILLISECONDS.toNanos(millis);
        long now = start;
        for (int i = 0; now < end || i % k != 0; i++) {
            int m = i % k;
            long bytes = mx.getCurrentThreadAllocatedBytes();
            try {
                modes.get(m).call();
            } catch (Exception e) {
                errors[m]++;
                if (firstErrors[m] == null) {
                    firstErrors[m] = e.toString();
                }
            }
            long done = System.nanoTime();
            allocated[m] += mx.getCurrentThreadAllocatedBytes() - bytes;
            histograms[m].recordValue(Math.min(done - now, TimeUnit.SECONDS.toNanos(60)));
            counts[m]++;
            now = done;
        }
        double seconds = (now - start) / 1e9;
        java.util.List<Result> out = new java.util.ArrayList<>();
        for (int m = 0; m < k; m++) {
            Histogram h = histograms[m];
            out.add(new Result(modes.get(m).name(), 1, counts[m], seconds, h.getMean() / 1e3,
                    h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                    counts[m] == 0 ? 0 : allocated[m] / counts[m], errors[m],
                    firstErrors[m]));
        }
        return out;
    }

    private static long loop(CallMode mode, long end, Histogram histogram, AtomicLong errors,
            AtomicReference<Throwable> firstError) {
        long n = 0;
        long now = System.nanoTime();
        while (now < end) {
            try {
                mode.call();
            } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e);
            }
            long done = System.nanoTime();
            if (histogram != null) {
                histogram.recordValue(Math.min(done - now, TimeUnit.SECONDS.toNanos(60)));
            }
            n++;
            now = done;
        }
        return n;
    }

    private static Map<Long, Long> allocated() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = mx.getAllThreadIds();
        long[] bytes = mx.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }
}
