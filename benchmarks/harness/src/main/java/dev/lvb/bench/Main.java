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
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.lvb.bench.app.CallMode;
import dev.lvb.bench.app.ClosedLoop;
import io.vertx.core.buffer.Buffer;

/**
 * Runs every benchmark and writes {@code benchmarks/RESULTS.md} and {@code benchmarks/callback.svg}.
 * <p>
 * Options: {@code --quick} (short phases, a smoke test; its numbers are not meant to be kept),
 * {@code --only=sign,client,callback,startup} (a subset), {@code --jmh-client} (also run the client benchmarks
 * under JMH with the GC profiler, as a cross-check), {@code --callback-levels=16,64} and
 * {@code --callback-sides=/lvb/callback,/bare,...} (other concurrency levels or endpoints for the callback load). System property {@code bench.app.jvmArgs} adds JVM options to
 * the benchmark applications (for example a JFR recording).
 */
public final class Main {

    /** JVM options of every benchmark application (start-up compares like with like). */
    static final List<String> APP_JVM_ARGS = appJvmArgs();

    static final int[] DEFAULT_CALLBACK_LEVELS = {1, 4, 16, 64};
    static final int[] CLIENT_LEVELS = {1, 64};

    private final boolean quick;
    private final Set<String> only;
    private final boolean jmhClient;
    private final Path benchDir;
    private final Path logs;
    private final Report report = new Report();
    private int[] callbackLevels = DEFAULT_CALLBACK_LEVELS;
    private List<String> callbackSides = List.of(OURS, BARE);

    private Main(boolean quick, Set<String> only, boolean jmhClient, Path benchDir) {
        this.quick = quick;
        this.only = only;
        this.jmhClient = jmhClient;
        this.benchDir = benchDir;
        this.logs = benchDir.resolve("harness/target/logs");
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean jmhClient = false;
        int[] levels = DEFAULT_CALLBACK_LEVELS;
        List<String> sides = null;
        Set<String> only = new LinkedHashSet<>(List.of("sign", "client", "callback", "startup", "dedupe"));
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else if (a.equals("--jmh-client")) {
                jmhClient = true;
            } else if (a.startsWith("--callback-levels=")) {
                levels = Arrays.stream(a.substring(18).split(",")).mapToInt(Integer::parseInt).toArray();
            } else if (a.startsWith("--callback-sides=")) {
                sides = List.of(a.substring(17).split(","));
            } else if (a.startsWith("--only=")) {
                only = new LinkedHashSet<>(Arrays.asList(a.substring(7).split(",")));
            } else {
                System.err.println("unknown option " + a
                        + " (use --quick, --only=sign,client,callback,startup,dedupe,dedupekey, --jmh-client,"
                        + " --callback-levels=1,4,16,64,"
                        + " --callback-sides=/lvb/callback,/bare)");
                System.exit(2);
            }
        }
        Path benchDir = benchmarksDir();
        Main main = new Main(quick, only, jmhClient, benchDir);
        main.callbackLevels = levels;
        if (sides != null) {
            main.callbackSides = sides;
        }
        main.run(String.join(" ", args));
        System.exit(0);
    }

    private static List<String> appJvmArgs() {
        List<String> args = new ArrayList<>();
        String extra = System.getProperty("bench.app.jvmArgs", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return List.copyOf(args);
    }

    /** benchmarks/ : three levels above benchmarks/harness/target/benchmarks.jar, or -Dbench.dir. */
    private static Path benchmarksDir() throws Exception {
        String explicit = System.getProperty("bench.dir");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getParent().getParent().toAbsolutePath().normalize();
    }

    private void run(String args) throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(logs);
        try (var old = Files.list(logs)) {
            for (Path f : old.toList()) {
                Files.deleteIfExists(f);
            }
        }
        report.startedAt = ZonedDateTime.now();
        report.args = args;
        report.quick = quick;
        report.loadStart = Procs.loadAverage();
        report.machine = Machine.describe(benchDir.getParent());
        log("benchmarks dir " + benchDir + ", logs in " + logs + (quick ? " (QUICK: smoke-test phases)" : ""));

        if (only.contains("sign")) {
            runSigning();
        }
        if (only.contains("callback") || only.contains("dedupekey")) {
            runDedupeKey();
        }
        if (only.contains("callback")) {
            runHandlerSteps();
        }
        if (only.contains("client")) {
            runClientSteps();
        }
        if (only.contains("client") || only.contains("callback")) {
            int stubPort = Procs.freePort();
            try (Procs.Child stub = Procs.start(Procs.javaCommand(List.of("-Xmx512m"), "-cp",
                    System.getProperty("java.class.path"), Stub.class.getName(), Integer.toString(stubPort)),
                    logs.resolve("stub.log"), line -> line.startsWith("READY"))) {
                stub.awaitLine(60);
                log("stub listening on " + stubPort + " (pid " + stub.pid() + ")");
                if (only.contains("client")) {
                    runClients(stubPort);
                    runCloudJmh(stubPort);
                    if (jmhClient) {
                        runJmhClients(stubPort);
                    }
                }
                if (only.contains("callback") || only.contains("client")) {
                    runInApp(stubPort);
                }
                report.stubLog = Files.readAllLines(logs.resolve("stub.log")).stream()
                        .filter(l -> l.startsWith("stub: first")).toList();
            }
        }
        if (only.contains("startup")) {
            runStartup();
        }
        String dedupe = only.contains("dedupe") ? new DedupeBench(benchDir, logs, quick).run() : null;
        Path results = benchDir.resolve("RESULTS.md");
        if (only.equals(Set.of("dedupe"))) { // only this section changes
            DedupeBench.write(results, dedupe);
            log("wrote the dedupe section of " + results);
            return;
        }
        String previous = Files.exists(results) ? DedupeBench.sectionOf(Files.readString(results)) : null;
        report.loadEnd = Procs.loadAverage();
        report.durationSeconds = (System.nanoTime() - t0) / 1e9;
        Path svg = benchDir.resolve("callback.svg");
        if (report.callback.isEmpty()) {
            log("no callback figures in this run: callback.svg left as it was");
        } else {
            Files.writeString(svg, report.callbackSvg());
        }
        Files.writeString(results, DedupeBench.withSection(report.markdown(), dedupe != null ? dedupe : previous));
        System.out.print(report.summaryText());
        log("wrote " + results + (report.callback.isEmpty() ? "" : " and " + svg) + String.format(Locale.ROOT,
                " in %.0f s", report.durationSeconds));
    }

    // ---- 1. signing --------------------------------------------------------------------------------------------

    private ChainedOptionsBuilder jmh(String include, String logName) {
        return new OptionsBuilder().include(include).forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .addProfiler(GCProfiler.class).shouldFailOnError(true)
                .jvmArgsAppend("-Xmx1g", "-Dorg.jboss.logging.provider=jdk")
                .output(logs.resolve(logName).toString());
    }

    private void runSigning() throws Exception {
        log("1. signing: JMH " + SignBench.class.getSimpleName() + " (log: jmh-sign.log)");
        Collection<RunResult> results = new Runner(jmh(SignBench.class.getName() + ".*", "jmh-sign.log")
                .threads(1).build()).run();
        report.signing.addAll(rows(results));
        log("1. signing cross-check: the same operations alternated call by call (" + Steps.SIGN_REPEAT
                + " per call)");
        List<ClosedLoop.Result> alt = ClosedLoop.alternate(Steps.signing(), quick ? 1000 : 3000, quick ? 1500 : 8000);
        report.signingAlt.addAll(alt);
        for (ClosedLoop.Result r : alt) {
            log(String.format(Locale.ROOT, "   %-20s %8.1f ns/op  %6d B/op", r.mode(),
                    r.meanUs() * 1000 / Steps.SIGN_REPEAT, r.allocBytesPerCall() / Steps.SIGN_REPEAT));
        }
    }

    private void runDedupeKey() throws Exception {
        log("2c. dedupe key before/after: JMH " + DedupeKeyBench.class.getSimpleName() + " (log: jmh-dedupe-key.log)");
        report.dedupeKey.addAll(rows(new Runner(jmh(DedupeKeyBench.class.getName() + ".*", "jmh-dedupe-key.log")
                .threads(1).build()).run()));
    }

    private void runHandlerSteps() throws Exception {
        log("2b. the callback handler and its steps, alternated call by call (no HTTP, no CDI)");
        List<ClosedLoop.Result> alt = ClosedLoop.alternate(Steps.handler(), quick ? 1000 : 4000, quick ? 2000 : 10_000);
        report.handlerSteps.addAll(alt);
        for (ClosedLoop.Result r : alt) {
            log(String.format(Locale.ROOT, "   %-36s %8.2f us  p99 %8.2f us  %6d B", r.mode(), r.meanUs(), r.p99Us(),
                    r.allocBytesPerCall()));
        }
    }

    private void runJmhClients(int stubPort) throws Exception {
        log("3/4 cross-check: JMH " + ClientBench.class.getSimpleName() + " (log: jmh-client-*.log)");
        ChainedOptionsBuilder one = jmh(ClientBench.class.getName() + ".*", "jmh-client-1.log").threads(1)
                .jvmArgsAppend("-Xmx1g", "-Dorg.jboss.logging.provider=jdk", "-Dbench.stub.port=" + stubPort);
        report.jmhClient.addAll(rows(new Runner(one.build()).run()));
        ChainedOptionsBuilder many = jmh(ClientBench.class.getName() + ".(lvbResteasy|rawJdk|rawApache)",
                "jmh-client-64.log").threads(64)
                .jvmArgsAppend("-Xmx1g", "-Dorg.jboss.logging.provider=jdk", "-Dbench.stub.port=" + stubPort);
        report.jmhClient.addAll(rows(new Runner(many.build()).run()));
    }

    /** Section 4b: the Cloud API 3.0 client against Tencent's SDK, same protocol (TC3-signed JSON POST). */
    private void runCloudJmh(int stubPort) throws Exception {
        log("4b. Cloud API: JMH " + ClientBench.class.getSimpleName() + ".(lvbCloudResteasy|tencentSdk) (log: "
                + "jmh-cloud.log)");
        ChainedOptionsBuilder cloud = new OptionsBuilder()
                .include(ClientBench.class.getName() + ".(lvbCloudResteasy|tencentSdk)").forks(1).threads(1)
                .warmupIterations(quick ? 1 : 4).warmupTime(TimeValue.seconds(quick ? 1 : 5))
                .measurementIterations(quick ? 2 : 6).measurementTime(TimeValue.seconds(quick ? 1 : 5))
                .addProfiler(GCProfiler.class).shouldFailOnError(true)
                .jvmArgsAppend("-Xmx1g", "-Dorg.jboss.logging.provider=jdk", "-Dbench.stub.port=" + stubPort)
                .output(logs.resolve("jmh-cloud.log").toString());
        report.cloud.addAll(rows(new Runner(cloud.build()).run()));
    }

    private static List<Report.JmhRow> rows(Collection<RunResult> results) {
        List<Report.JmhRow> rows = new ArrayList<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            Result<?> primary = r.getPrimaryResult();
            Map<String, Result> secondary = r.getSecondaryResults();
            Result<?> alloc = secondary.get("gc.alloc.rate.norm");
            if (alloc == null) {
                alloc = secondary.get("\u00b7gc.alloc.rate.norm");
            }
            rows.add(new Report.JmhRow(bench.substring(bench.lastIndexOf('.') + 1), r.getParams().getThreads(),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    alloc == null ? Double.NaN : alloc.getScore()));
        }
        return rows;
    }

    // ---- 3 and 4. clients in the harness -------------------------------------------------------------------

    private void runClientSteps() throws Exception {
        log("3b. the client's own steps, alternated call by call (no HTTP)");
        List<ClosedLoop.Result> alt = ClosedLoop.alternate(Steps.client(), quick ? 1000 : 3000, quick ? 1500 : 6000);
        report.clientSteps.addAll(alt);
        for (ClosedLoop.Result r : alt) {
            log(String.format(Locale.ROOT, "   %-58s %8.2f us  %6d B", r.mode(), r.meanUs(), r.allocBytesPerCall()));
        }
    }

    private void runClients(int stubPort) throws Exception {
        log("3/4. clients against the stub, interleaved rounds: LvbApi on RESTEasy, raw JDK, raw Apache, Tencent SDK");
        try (ClientModes modes = new ClientModes(stubPort)) {
            report.rawUrl = modes.rawUrl.replaceAll("sign=[0-9a-f]+", "sign=<md5>").replaceAll("t=[0-9]+", "t=<t>");
            for (int threads : CLIENT_LEVELS) {
                List<CallMode> list = new ArrayList<>(threads == 1 ? modes.all()
                        : List.of(modes.lvbResteasy, modes.rawJdk, modes.rawApache));
                report.clients.put(threads, interleave(list, threads, null));
            }
        }
    }

    /**
     * Warms each mode, then runs rounds in alternating order (ABCD, DCBA, ...), each mode in its steady state for a
     * short time per round (many short rounds, so that a burst of noise from the shared machine hits one round of
     * one pair, which the median of the paired ratios then ignores). remote: run in the application.
     */
    private Map<String, List<ClosedLoop.Result>> interleave(List<CallMode> modes, int threads, InApp remote)
            throws Exception {
        long warm = quick ? 1000 : 3000;
        long millis = quick ? 500 : threads == 1 ? 1000 : 1500;
        int rounds = quick ? 2 : threads == 1 ? 8 : 6;
        Map<String, List<ClosedLoop.Result>> out = new LinkedHashMap<>();
        for (CallMode m : modes) {
            ClosedLoop.Result w = measure(m, threads, warm, 300, remote);
            log(String.format(Locale.ROOT, "   warm %-13s x%-2d %8.1f us/call (%d errors%s)", m.name(), threads,
                    w.meanUs(), w.errors(), w.errors() > 0 ? ": " + w.firstError() : ""));
            out.put(m.name(), new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            List<CallMode> order = new ArrayList<>(modes);
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (CallMode m : order) {
                ClosedLoop.Result res = measure(m, threads, 200, millis, remote);
                out.get(m.name()).add(res);
                log(String.format(Locale.ROOT, "   round %d %-13s x%-2d %8.1f us/call  p99 %8.1f us  %6d B/call"
                        + "  %8.0f calls/s%s", r + 1, m.name(), threads, res.meanUs(), res.p99Us(),
                        res.allocBytesPerCall(), res.throughput(),
                        res.errors() > 0 ? "  ERRORS " + res.errors() + ": " + res.firstError() : ""));
            }
        }
        return out;
    }

    private static ClosedLoop.Result measure(CallMode m, int threads, long warm, long millis, InApp remote)
            throws Exception {
        if (remote == null) {
            m.call();
            return ClosedLoop.measure(m, threads, warm, millis);
        }
        return remote.client(m.name(), threads, warm, millis);
    }

    // ---- 2 and 3 (Quarkus). inside the application with the extension ----------------------------------------

    /** The benchmark application with the extension, started once for the callback and in-app client figures. */
    private static final class InApp {
        final int port;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        InApp(int port) {
            this.port = port;
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        }

        ClosedLoop.Result client(String mode, int threads, long warm, long millis) throws Exception {
            return ClosedLoop.Result.fromJson(get("/bench/client?mode=" + mode + "&threads=" + threads
                    + "&warmMillis=" + warm + "&millis=" + millis));
        }
    }

    private void runInApp(int stubPort) throws Exception {
        Path jar = benchDir.resolve("app-lvb/target/quarkus-app/quarkus-run.jar");
        int port = Procs.freePort();
        List<String> jvm = new ArrayList<>(APP_JVM_ARGS);
        jvm.add("-Dquarkus.http.port=" + port);
        jvm.add("-Dquarkus.rest-client.lvb.url=http://127.0.0.1:" + stubPort);
        jvm.add("-Dbench.raw-url=" + ClientBench.rawUrl(stubPort));
        log("starting the benchmark application with the extension (" + jar + ")");
        try (Procs.Child app = Procs.start(Procs.javaCommand(jvm, "-jar", jar.toString()), logs.resolve("app-lvb.log"),
                line -> line.contains("started in"))) {
            app.awaitLine(120);
            InApp inApp = new InApp(port);
            if (only.contains("callback")) {
                runCallback(port, app.pid(), inApp);
            }
            if (only.contains("client")) {
                log("3. Quarkus REST client in the application, interleaved rounds: @RestClient LvbApi vs raw JDK");
                CallMode lvb = named("lvb-quarkus");
                CallMode raw = named("raw-jdk");
                for (int threads : CLIENT_LEVELS) {
                    report.inAppClients.put(threads, interleave(List.of(lvb, raw), threads, inApp));
                }
            }
        }
    }

    private static CallMode named(String name) {
        return new CallMode() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void call() {
                throw new UnsupportedOperationException("runs in the application");
            }
        };
    }

    // ---- 2. callback endpoint ----------------------------------------------------------------------------------

    static final String OURS = "/lvb/callback";
    static final String BARE = "/bare";

    private void runCallback(int port, long pid, InApp inApp) throws Exception {
        log("2. callback endpoint vs bare endpoint, closed loop, interleaved"
                + " rounds (levels " + Arrays.toString(callbackLevels) + ", sides " + callbackSides + ")");
        long millis = quick ? 1000 : 2000;
        int rounds = quick ? 2 : 6;
        double rate = 20_000;
        long acked = 0;
        List<String> sides = callbackSides;
        try (CallbackLoad load = new CallbackLoad(port, pid, 64)) {
            // JIT warm-up of every endpoint.
            for (String path : sides) {
                long ms = quick ? 2000 : 6000;
                CallbackLoad.Round w = load.run(path, load.notifications(pool(rate, ms)), 16, ms);
                rate = Math.max(rate, w.throughput());
                acked += path.equals(BARE) ? 0 : w.ok();
                log(String.format(Locale.ROOT, "   warm %-18s x16 %8.0f req/s (%d errors%s)", path, w.throughput(),
                        w.errors(), w.firstError() == null ? "" : ": " + w.firstError()));
            }
            for (int c : callbackLevels) {
                Report.CallbackLevel level = new Report.CallbackLevel(c);
                for (String path : sides) {
                    CallbackLoad.Round w = load.run(path, load.notifications(pool(rate, 1500)), c, quick ? 500 : 1500);
                    acked += path.equals(BARE) ? 0 : w.ok();
                }
                for (int r = 0; r < rounds; r++) {
                    List<String> order = new ArrayList<>(sides);
                    if (r % 2 == 1) {
                        java.util.Collections.reverse(order);
                    }
                    for (String path : order) {
                        CallbackLoad.Round res = load.run(path, load.notifications(pool(rate, millis)), c, millis);
                        rate = Math.max(rate, res.throughput());
                        acked += path.equals(BARE) ? 0 : res.ok();
                        level.side(path).add(res);
                        log(String.format(Locale.ROOT, "   round %d %-18s x%-2d %8.0f req/s  p50 %7.0f us  p99 %7.0f us"
                                + "  server CPU %6.1f us/req%s%s", r + 1, path, c, res.throughput(),
                                (double) res.micros().getValueAtPercentile(50),
                                (double) res.micros().getValueAtPercentile(99),
                                res.serverCpuNanos() / 1e3 / Math.max(1, res.ok()),
                                res.errors() > 0 ? "  ERRORS " + res.errors() + ": " + res.firstError() : "",
                                res.reused() > 0 ? "  (reused " + res.reused() + " bodies)" : ""));
                    }
                }
                report.callback.add(level);
            }
        }
        report.callbackAcked = acked;
        report.callbackDelivered = Long.parseLong(inApp.get("/bench/delivered").trim());
        log("   notifications acknowledged " + acked + ", delivered to the observer " + report.callbackDelivered);
    }

    private static int pool(double rate, long millis) {
        return (int) Math.min(800_000, Math.max(20_000, rate * 1.6 * millis / 1000));
    }

    // ---- 5. start-up --------------------------------------------------------------------------------------------

    private void runStartup() throws Exception {
        int runs = quick ? 2 : 5;
        Path lvbJar = benchDir.resolve("app-lvb/target/quarkus-app/quarkus-run.jar");
        Path plainJar = benchDir.resolve("app-plain/target/quarkus-app/quarkus-run.jar");
        Path demoJar = benchDir.getParent().resolve("lvb-demo/target/quarkus-app/quarkus-run.jar");
        boolean demo = Files.isRegularFile(demoJar);
        report.demoMeasured = demo;
        log("5. start-up and heap after load, " + runs + " alternating runs"
                + (demo ? " (+ lvb-demo, start-up only)" : " (lvb-demo not built: not measured)"));
        Startup startup = new Startup();
        CallbackLoad signer = new CallbackLoad(1, -1, 1);
        try {
            for (int i = 0; i < runs; i++) {
                List<String> order = i % 2 == 0 ? List.of("plain", "lvb") : List.of("lvb", "plain");
                for (String app : order) {
                    Startup.Run run;
                    if (app.equals("plain")) {
                        run = startup.run("without extension", plainJar, List.of(), "/ping", false, true, null,
                                logs.resolve("startup-plain.log"));
                    } else {
                        Buffer[] callbacks = signer.notifications(Startup.LOAD_REQUESTS);
                        run = startup.run("with extension", lvbJar, List.of(
                                "-Dquarkus.rest-client.lvb.url=http://127.0.0.1:9"), "/ping", false, true, callbacks,
                                logs.resolve("startup-lvb.log"));
                    }
                    report.startup.add(run);
                    log(String.format(Locale.ROOT, "   run %d %-18s first response %6.0f ms (Quarkus: %4.0f ms), heap"
                            + " after load %5.1f MB, RSS %5.1f MB", i + 1, run.app(), run.firstResponseMs(),
                            run.quarkusStartedMs(), run.heapUsed() / 1e6, run.rss() / 1e6));
                }
                if (demo) {
                    Startup.Run run = startup.run("lvb-demo", demoJar, List.of("-Dquarkus.lvb.app-id=1252500000",
                            "-Dquarkus.lvb.api-key=bench-api-key", "-Dquarkus.rest-client.lvb.url=http://127.0.0.1:9"),
                            "/", true, false, null, logs.resolve("startup-demo.log"));
                    report.startup.add(run);
                    log(String.format(Locale.ROOT, "   run %d %-18s first response %6.0f ms, RSS %5.1f MB", i + 1,
                            run.app(), run.firstResponseMs(), run.rss() / 1e6));
                }
            }
        } finally {
            signer.close();
        }
    }

    static void log(String line) {
        System.out.println(DateTimeFormatter.ofPattern("HH:mm:ss").format(ZonedDateTime.now()) + " " + line);
        System.out.flush();
    }
}
