package dev.lvb.itmulti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/**
 * Two packaged instances of the application (separate JVMs started from the fast jar with {@code java -jar}, on
 * free ports) behind one "callback URL", sharing the Redis at 127.0.0.1:6379, and a driver that sends what LVB sends:
 * byte-identical and re-signed duplicates split across the instances, concurrent copies of one event, forged
 * notifications; then it kills one instance (SIGKILL) while its observer is in the middle of an event and retries
 * at the other, as LVB does. The observers record every delivery in a Redis list; the counts are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    static final String KEY = "itm-api-key-0123456789abcdef";
    // Short, so that the crash test waits seconds, not LVB's minute; long enough that a renewal every third of it
    // survives a loaded machine.
    static final Duration LEASE = Duration.ofSeconds(3);
    static final int EVENTS = 30;
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String PREFIX = "lvb-itm-multi:" + RUN;
    static final String RECORD = PREFIX + ":deliveries";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

    static Resp redis;
    static Instance a;
    static Instance b;

    /** One running instance of the packaged application. */
    static final class Instance {
        final String name;
        final int port;
        final Process process;
        final Path log;

        Instance(String name) throws IOException {
            this.name = name;
            this.port = freePort();
            this.log = Path.of(System.getProperty("itm.work.dir", "target"), "itm-" + RUN + "-" + name + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String jar = System.getProperty("itm.app.jar", "target/quarkus-app/quarkus-run.jar");
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx160m", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.lvb.callback.redis.key-prefix=" + PREFIX,
                    "-Dquarkus.lvb.callback.dedupe-lease=" + LEASE.toMillis() + "ms",
                    "-Ditm.record-key=" + RECORD, "-Ditm.instance=" + name, "-jar", jar)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            this.process = pb.start();
        }

        URI callback() {
            return URI.create("http://127.0.0.1:" + port + "/lvb/callback");
        }

        void awaitReady() throws Exception {
            URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("instance " + name + " exited:\n" + tail());
                }
                try {
                    if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("instance " + name + " not ready in 120 s:\n" + tail());
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        redis = new Resp("127.0.0.1", 6379);
        assertThat(redis.string("PING")).isEqualTo("PONG");
        a = new Instance("A");
        b = new Instance("B");
        a.awaitReady();
        b.awaitReady();
        REPORT.add("instances: A (pid " + a.process.pid() + ", port " + a.port + "), B (pid " + b.process.pid()
                + ", port " + b.port + "), one Redis, key prefix " + PREFIX + ", lease " + LEASE.toMillis() + " ms");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Instance i : new Instance[] {a, b}) {
            if (i != null && i.process.isAlive()) {
                i.process.destroy();
                i.process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (redis != null) {
            redis.call("EVAL", "for _,k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) end return 0",
                    "0", PREFIX + ":*");
            redis.close();
        }
        System.out.println("==== MultiInstanceIT counts ====");
        REPORT.forEach(l -> System.out.println("  " + l));
        Path out = Path.of(System.getProperty("itm.work.dir", "target"), "multi-instance-counts.txt");
        Files.write(out, REPORT, StandardCharsets.UTF_8);
    }

    static JsonObject begin(String stream, int i) {
        return LvbJson.provider().createObjectBuilder().add("appid", 1252033264L).add("stream_id", stream)
                .add("channel_id", stream).add("event_type", 1).add("event_time", 1471256139L + i)
                .add("sequence", String.valueOf(5911795891871911817L + i)).build();
    }

    static String signed(JsonObject body, long t) {
        return LvbCallbackSender.sign(body, KEY, t).toString();
    }

    static int post(Instance to, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(to.callback()).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every HTTP status answered, also the ones LVB's retry loop went through. */
    static final Map<Integer, AtomicInteger> ANSWERS = new ConcurrentHashMap<>();

    /** Sends until acknowledged, as LVB does (409/5xx: retry later; here after 200 ms instead of a minute). */
    static int deliver(Instance to, String body) throws InterruptedException {
        for (int attempt = 1; attempt <= 100; attempt++) {
            int status = post(to, body);
            ANSWERS.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status < 500 && status != 409) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not acknowledged after 100 attempts");
    }

    Map<String, List<String>> deliveriesByStream() {
        return redis.list("LRANGE", RECORD, "0", "-1").stream()
                .collect(Collectors.groupingBy(d -> d.split("\\|")[1]));
    }

    @Test
    @Order(1)
    void duplicatesAcrossInstancesReachObserversOnce() throws Exception {
        long t = Instant.now().getEpochSecond() + 600;
        List<Callable<Integer>> sends = new ArrayList<>();
        AtomicInteger identical = new AtomicInteger();
        AtomicInteger resigned = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        List<CountDownLatch> gates = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            JsonObject body = begin("dup-" + RUN + "-" + i, i);
            String original = signed(body, t);
            sends.add(() -> deliver(a, original));
            sends.add(() -> deliver(b, original)); // byte-identical, at the other instance
            identical.incrementAndGet();
            String again = signed(body, t - 1 - (i % 5)); // LVB's re-send: new t and sign
            Instance other = i % 2 == 0 ? b : a;
            sends.add(() -> deliver(other, again));
            resigned.incrementAndGet();
            if (i % 3 == 0) { // four copies released at the same moment, two per instance
                CountDownLatch gate = new CountDownLatch(1);
                gates.add(gate);
                for (int c = 0; c < 4; c++) {
                    Instance to = c % 2 == 0 ? a : b;
                    String copy = c < 2 ? original : signed(body, t - 7 - c);
                    sends.add(() -> {
                        gate.await();
                        return deliver(to, copy);
                    });
                    concurrent.incrementAndGet();
                }
            }
        }
        for (int f = 0; f < 3; f++) { // forged: wrong key
            String forged = LvbCallbackSender.sign(begin("forged-" + RUN + "-" + f, f), "not-the-key", t).toString();
            sends.add(() -> deliver(a, forged));
            sends.add(() -> deliver(b, forged));
        }
        Collections.shuffle(sends, new Random(42));

        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> s : sends) {
                futures.add(pool.submit(s));
            }
            gates.forEach(CountDownLatch::countDown);
            for (Future<Integer> f : futures) {
                statuses.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Integer, Long> finals = statuses.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(finals).containsOnlyKeys(200, 401);
        assertThat(finals.get(401)).isEqualTo(6L);

        Map<String, List<String>> byStream = deliveriesByStream();
        for (int i = 0; i < EVENTS; i++) {
            assertThat(byStream.get("dup-" + RUN + "-" + i)).as("deliveries of event %d", i).hasSize(1);
        }
        assertThat(byStream.keySet()).noneMatch(s -> s.startsWith("forged-"));
        long byA = byStream.values().stream().flatMap(List::stream).filter(d -> d.startsWith("A|")).count();
        long byB = byStream.values().stream().flatMap(List::stream).filter(d -> d.startsWith("B|")).count();
        assertThat(byA + byB).isEqualTo(EVENTS);
        REPORT.add("duplicates: " + EVENTS + " events sent as " + sends.size() + " notifications (" + EVENTS
                + " originals, " + identical + " byte-identical copies at the other instance, " + resigned
                + " re-signed copies, " + concurrent + " concurrent copies, 6 forged); answers incl. retries "
                + new java.util.TreeMap<>(ANSWERS) + "; observer deliveries " + (byA + byB) + " (A " + byA + ", B "
                + byB + "): every event exactly once, no forged one");
    }

    @Test
    @Order(2)
    void anInstanceKilledMidEventLosesNothingAndDuplicatesNothing() throws Exception {
        String stream = "block-" + RUN;
        String body = signed(begin(stream, 1000), Instant.now().getEpochSecond() + 600);
        CompletableFuture<Integer> atA = CompletableFuture.supplyAsync(() -> post(a, body));
        // A's observer announces that it is in the middle of the event (and waits for a marker never set).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"A".equals(redis.string("GET", RECORD + ":entered:" + stream))) {
            assertThat(System.nanoTime()).as("A's observer did not start:\n" + a.tail()).isLessThan(deadline);
            Thread.sleep(50);
        }
        // While A's observer runs for two leases, A renews its claim: copies at B are answered 409.
        long start = System.nanoTime();
        int busy = 0;
        while (System.nanoTime() - start < LEASE.multipliedBy(2).toNanos()) {
            assertThat(post(b, body)).as("copy at B while A delivers").isEqualTo(409);
            busy++;
            Thread.sleep(250);
        }

        a.process.destroyForcibly(); // SIGKILL
        assertThat(a.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(atA).failsWithin(Duration.ofSeconds(30));

        // LVB retries (a minute later; compressed here): B answers 409 until A's lease runs out, then delivers.
        long killed = System.nanoTime();
        int retries = 0;
        int status;
        do {
            Thread.sleep(250);
            status = post(b, body);
            retries++;
            assertThat(status).isIn(200, 409);
            assertThat(retries).as("B never delivered the event").isLessThan(400);
        } while (status != 200);
        long afterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
        assertThat(deliver(b, body)).as("a later re-send").isEqualTo(200);

        List<String> deliveries = deliveriesByStream().get(stream);
        assertThat(deliveries).containsExactly("B|" + stream + "|1");
        REPORT.add("crash: A's observer held the event; " + busy + " copies at B answered 409 during "
                + LEASE.multipliedBy(2).toMillis() + " ms (A renewed its " + LEASE.toMillis()
                + " ms lease); A killed with SIGKILL; LVB-style retries at B: " + retries + " (200 after ~" + afterMs
                + " ms, lease expiry); deliveries of the event: " + deliveries.size() + " (by B), a later re-send"
                + " acknowledged without delivery");
    }
}
