package dev.lvb.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark 6 (issue #16): the callback endpoint with the Redis dedupe store against the same endpoint with the
 * in-memory store, two builds of the same application started side by side, closed-loop rounds alternated (order
 * reversed every round). Every notification is new, so each one costs the Redis store its two round trips (claim
 * script, then SET of the seen marker), plus a renewal only for observers slower than a third of the lease (none
 * here). Writes its own section of RESULTS.md (between markers), so that it survives runs without it.
 */
final class DedupeBench {

    static final String BEGIN = "<!-- dedupe-bench:begin -->";
    static final String END = "<!-- dedupe-bench:end -->";
    static final int[] LEVELS = {1, 16};
    static final String IN_MEMORY = "in-memory";
    static final String REDIS = "redis";

    private final Path benchDir;
    private final Path logs;
    private final boolean quick;

    DedupeBench(Path benchDir, Path logs, boolean quick) {
        this.benchDir = benchDir;
        this.logs = logs;
        this.quick = quick;
    }

    /** Medians over the rounds of one store at one level. */
    record Figures(double throughput, double p50, double p99, long errors) {
    }

    /** @return the markdown section, markers included */
    String run() throws Exception {
        long t0 = System.nanoTime();
        String loadStart = Procs.loadAverage();
        String prefix = "lvb-bench:" + UUID.randomUUID().toString().substring(0, 8);
        int memPort = Procs.freePort();
        int redisPort = Procs.freePort();
        List<String> memJvm = new ArrayList<>(Main.APP_JVM_ARGS);
        memJvm.addAll(List.of("-Dquarkus.http.port=" + memPort, "-Dquarkus.rest-client.lvb.url=http://127.0.0.1:9"));
        List<String> redisJvm = new ArrayList<>(Main.APP_JVM_ARGS);
        redisJvm.addAll(List.of("-Dquarkus.http.port=" + redisPort,
                "-Dquarkus.lvb.callback.redis.key-prefix=" + prefix));
        Path memJar = benchDir.resolve("app-lvb/target/quarkus-app/quarkus-run.jar");
        Path redisJar = benchDir.resolve("app-lvb-redis/target/quarkus-app/quarkus-run.jar");
        Main.log("6. dedupe store: the callback endpoint with Redis vs in-memory (two builds of one app, interleaved"
                + " rounds, levels 1 and 16); Redis key prefix " + prefix);
        Map<String, Map<Integer, List<CallbackLoad.Round>>> rounds = new LinkedHashMap<>();
        long acked = 0;
        long delivered = 0;
        long reused = 0;
        try (Procs.Child mem = Procs.start(Procs.javaCommand(memJvm, "-jar", memJar.toString()),
                logs.resolve("app-lvb-dedupe.log"), line -> line.contains("started in"));
                Procs.Child red = Procs.start(Procs.javaCommand(redisJvm, "-jar", redisJar.toString()),
                        logs.resolve("app-lvb-redis.log"), line -> line.contains("started in"))) {
            mem.awaitLine(120);
            red.awaitLine(120);
            try (CallbackLoad memLoad = new CallbackLoad(memPort, mem.pid(), 64);
                    CallbackLoad redisLoad = new CallbackLoad(redisPort, red.pid(), 64)) {
                Map<String, CallbackLoad> loads = new LinkedHashMap<>();
                loads.put(IN_MEMORY, memLoad);
                loads.put(REDIS, redisLoad);
                long millis = quick ? 1000 : 2000;
                int n = quick ? 2 : 6;
                double rate = 5_000; // the fastest seen so far: sizes the pools of distinct notifications
                // JIT warm-up: twice each, alternated (the Redis client's code paths warm up too).
                List<Map.Entry<String, CallbackLoad>> warm = new ArrayList<>(loads.entrySet());
                if (!quick) {
                    warm.addAll(loads.entrySet());
                }
                for (Map.Entry<String, CallbackLoad> e : warm) {
                    long ms = quick ? 2000 : 6000;
                    CallbackLoad.Round w = e.getValue().run(Main.OURS, e.getValue().notifications(pool(rate, ms)), 16,
                            ms);
                    rate = Math.max(rate, w.throughput());
                    acked += w.ok();
                    Main.log(String.format(Locale.ROOT, "   warm %-9s x16 %8.0f req/s (%d errors%s)", e.getKey(),
                            w.throughput(), w.errors(), w.firstError() == null ? "" : ": " + w.firstError()));
                }
                for (int c : LEVELS) {
                    for (int r = 0; r < n; r++) {
                        List<String> order = new ArrayList<>(loads.keySet());
                        if (r % 2 == 1) {
                            Collections.reverse(order);
                        }
                        for (String store : order) {
                            CallbackLoad load = loads.get(store);
                            CallbackLoad.Round res = load.run(Main.OURS, load.notifications(pool(rate, millis)), c,
                                    millis);
                            rate = Math.max(rate, res.throughput());
                            acked += res.ok();
                            reused += res.reused();
                            rounds.computeIfAbsent(store, s -> new LinkedHashMap<>())
                                    .computeIfAbsent(c, x -> new ArrayList<>()).add(res);
                            Main.log(String.format(Locale.ROOT,
                                    "   round %d %-9s x%-2d %8.0f req/s  p50 %7.0f us  p99 %7.0f us%s%s", r + 1,
                                    store, c, res.throughput(), (double) res.micros().getValueAtPercentile(50),
                                    (double) res.micros().getValueAtPercentile(99),
                                    res.errors() > 0 ? "  ERRORS " + res.errors() + ": " + res.firstError() : "",
                                    res.reused() > 0 ? "  (reused " + res.reused() + " bodies)" : ""));
                        }
                    }
                }
            }
            delivered = delivered(memPort) + delivered(redisPort);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Main.log(String.format(Locale.ROOT, "   acknowledged %d, delivered %d, bodies reused %d (%.0f s)", acked,
                delivered, reused, seconds));
        return section(rounds, acked, delivered, reused, seconds, loadStart + " → " + Procs.loadAverage());
    }

    private static long delivered(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/bench/delivered")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(r.body().trim());
    }

    static Figures figures(List<CallbackLoad.Round> rs) {
        return new Figures(median(rs.stream().mapToDouble(CallbackLoad.Round::throughput).toArray()),
                median(rs.stream().mapToDouble(x -> x.micros().getValueAtPercentile(50)).toArray()),
                median(rs.stream().mapToDouble(x -> x.micros().getValueAtPercentile(99)).toArray()),
                rs.stream().mapToLong(CallbackLoad.Round::errors).sum());
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Distinct notifications for a round: three times what the fastest rate so far would send. */
    private static int pool(double rate, long millis) {
        return (int) Math.min(800_000, Math.max(20_000, rate * 3 * millis / 1000));
    }

    private String section(Map<String, Map<Integer, List<CallbackLoad.Round>>> rounds, long acked, long delivered,
            long reused, double seconds, String load) {
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append('\n');
        md.append("## 6. Dedupe store: Redis vs in-memory (callback endpoint)\n\n");
        md.append(String.format(Locale.ROOT, "Run of %s%s, %.0f s, load average %s (2 CPUs shared with other"
                + " builds: compare the two columns of one row, not rows of different runs). The same application"
                + " built twice (`app-lvb`: the in-memory store; `app-lvb-redis`:"
                + " `quarkus.lvb.callback.dedupe-store=redis` on the local Redis"
                + " at 127.0.0.1:6379, loopback, no persistence), both running; closed-loop rounds of %d s on"
                + " `/lvb/callback` alternated between them, order reversed every round; medians of %d rounds. Every"
                + " notification is new: the Redis store's cost per notification is one claim script (`SET NX PX`)"
                + " and one `SET` of the seen marker.\n\n",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)),
                quick ? " (QUICK: smoke test, do not keep)" : "", seconds, load, quick ? 1 : 2, quick ? 2 : 6));
        md.append("| connections | in-memory req/s | Redis req/s | ratio Redis / in-memory | p50 in-memory | p50 Redis"
                + " | added p50 | p99 in-memory | p99 Redis |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (int c : LEVELS) {
            Figures m = figures(rounds.get(IN_MEMORY).get(c));
            Figures r = figures(rounds.get(REDIS).get(c));
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | **%.2f** | %.0f us | %.0f us | **%+.0f us** |"
                    + " %.0f us | %.0f us |\n", c, m.throughput(), r.throughput(), r.throughput() / m.throughput(),
                    m.p50(), r.p50(), r.p50() - m.p50(), m.p99(), r.p99()));
            if (m.errors() + r.errors() > 0) {
                md.append(String.format(Locale.ROOT, "|  | errors: %d | errors: %d | | | | | | |\n", m.errors(),
                        r.errors()));
            }
        }
        md.append(String.format(Locale.ROOT, "%nNotifications acknowledged %d, delivered to the observers %d"
                + " (bodies re-sent because a round outran its pool of distinct notifications: %d; those are"
                + " acknowledged as duplicates without delivery).%n", acked, delivered, reused));
        md.append(END).append('\n');
        return md.toString();
    }

    /** @return the section of a RESULTS.md text, or {@code null} when it has none */
    static String sectionOf(String markdown) {
        int b = markdown.indexOf(BEGIN);
        int e = markdown.indexOf(END);
        return b < 0 || e < b ? null : markdown.substring(b, e + END.length()) + "\n";
    }

    /** @return {@code markdown} with {@code section} in place of its own section, or appended */
    static String withSection(String markdown, String section) {
        if (section == null) {
            return markdown;
        }
        String old = sectionOf(markdown);
        if (old != null) {
            return markdown.replace(old, section);
        }
        return markdown.endsWith("\n\n") ? markdown + section : markdown + "\n" + section;
    }

    static void write(Path results, String section) throws IOException {
        String text = Files.exists(results) ? Files.readString(results) : "";
        Files.writeString(results, withSection(text, section));
    }
}
