package dev.lvb.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

import dev.lvb.bench.app.ClosedLoop;

/** Collects the figures of a run and writes RESULTS.md and the callback chart. */
final class Report {

    static final String COMMAND = "benchmarks/run.sh";

    ZonedDateTime startedAt;
    String args = "";
    boolean quick;
    String loadStart;
    String loadEnd;
    Machine machine;
    double durationSeconds;

    record JmhRow(String name, int threads, double score, double error, String unit, double allocBytes) {
    }

    final List<JmhRow> signing = new ArrayList<>();
    final List<JmhRow> jmhClient = new ArrayList<>();
    /** ClientBench's lvbCloudResteasy and tencentSdk (section 4b). */
    final List<JmhRow> cloud = new ArrayList<>();
    /** DedupeKeyBench: the duplicate filter's key before and after issue #17. */
    final List<JmhRow> dedupeKey = new ArrayList<>();
    /** The signing operations alternated call by call (100 per call). */
    final List<ClosedLoop.Result> signingAlt = new ArrayList<>();
    /** The client's own steps alternated call by call. */
    final List<ClosedLoop.Result> clientSteps = new ArrayList<>();
    /** The callback handler and its steps alternated call by call. */
    final List<ClosedLoop.Result> handlerSteps = new ArrayList<>();
    final Map<Integer, Map<String, List<ClosedLoop.Result>>> clients = new LinkedHashMap<>();
    final Map<Integer, Map<String, List<ClosedLoop.Result>>> inAppClients = new LinkedHashMap<>();
    String rawUrl;
    List<String> stubLog = List.of();

    static final class CallbackLevel {
        final int concurrency;
        /** Rounds by path: ours, bare, and any other side asked for. */
        final Map<String, List<CallbackLoad.Round>> sides = new LinkedHashMap<>();
        final List<CallbackLoad.Round> ours;
        final List<CallbackLoad.Round> bare;

        CallbackLevel(int concurrency) {
            this.concurrency = concurrency;
            ours = side(Main.OURS);
            bare = side(Main.BARE);
        }

        List<CallbackLoad.Round> side(String path) {
            return sides.computeIfAbsent(path, k -> new ArrayList<>());
        }
    }

    final List<CallbackLevel> callback = new ArrayList<>();
    long callbackAcked;
    long callbackDelivered = -1;
    final List<Startup.Run> startup = new ArrayList<>();
    boolean demoMeasured;

    // ---- aggregates ----------------------------------------------------------------------------------------

    /** Figures of one side over its rounds. */
    record Side(double throughput, double p50Us, double p99Us, double serverCpuUs, double harnessCpuUs, long ok,
            long errors, long reused, double[] roundThroughputs, double[] roundCpuUs) {

        static Side of(List<CallbackLoad.Round> rounds) {
            Histogram all = new Histogram(60_000_000L, 3);
            long ok = 0;
            long nanos = 0;
            long cpu = 0;
            long selfCpu = 0;
            long errors = 0;
            long reused = 0;
            double[] per = new double[rounds.size()];
            double[] perCpu = new double[rounds.size()];
            for (int i = 0; i < rounds.size(); i++) {
                CallbackLoad.Round r = rounds.get(i);
                all.add(r.micros());
                ok += r.ok();
                nanos += r.nanos();
                cpu += r.serverCpuNanos();
                selfCpu += r.harnessCpuNanos();
                errors += r.errors();
                reused += r.reused();
                per[i] = r.throughput();
                perCpu[i] = r.serverCpuNanos() / 1e3 / Math.max(1, r.ok());
            }
            return new Side(ok / (nanos / 1e9), all.getValueAtPercentile(50), all.getValueAtPercentile(99),
                    cpu / 1e3 / Math.max(1, ok), selfCpu / 1e3 / Math.max(1, ok), ok, errors, reused, per, perCpu);
        }
    }

    /** Figures of one client mode over its rounds. */
    record Mode(double meanUs, double p50Us, double p99Us, double allocBytes, double throughput, long count,
            long errors, double[] roundMeans) {

        static Mode of(List<ClosedLoop.Result> rounds) {
            long count = 0;
            double weighted = 0;
            double alloc = 0;
            double seconds = 0;
            long errors = 0;
            double[] means = new double[rounds.size()];
            for (int i = 0; i < rounds.size(); i++) {
                ClosedLoop.Result r = rounds.get(i);
                count += r.count();
                weighted += r.count() * r.meanUs();
                alloc += (double) r.count() * r.allocBytesPerCall();
                seconds += r.seconds();
                errors += r.errors();
                means[i] = r.meanUs();
            }
            return new Mode(weighted / Math.max(1, count), median(rounds, ClosedLoop.Result::p50Us),
                    median(rounds, ClosedLoop.Result::p99Us), alloc / Math.max(1, count), count / seconds, count,
                    errors, means);
        }
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> f) {
        double[] v = items.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The median of the paired per-round ratios a[i] / b[i]: robust to a burst of noise hitting one round. */
    static double pairedMedian(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] / b[i];
        }
        java.util.Arrays.sort(r);
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
    }

    private static String spread(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        if (n == 0) {
            return "";
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double r = a[i] / b[i];
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        return f2(min) + "–" + f2(max);
    }

    // ---- chart -------------------------------------------------------------------------------------------

    String callbackSvg() {
        int n = callback.size();
        int[] c = new int[n];
        double[] ours = new double[n];
        double[] bare = new double[n];
        double[] oursP99 = new double[n];
        double[] bareP99 = new double[n];
        for (int i = 0; i < n; i++) {
            CallbackLevel l = callback.get(i);
            Side o = Side.of(l.ours);
            Side b = Side.of(l.bare);
            c[i] = l.concurrency;
            ours[i] = o.throughput();
            bare[i] = b.throughput();
            oursP99[i] = o.p99Us() / 1000;
            bareP99[i] = b.p99Us() / 1000;
        }
        return Chart.callbackSvg(c, ours, bare, oursP99, bareP99, String.format(Locale.ROOT,
                "%s, %d CPUs, %s; %s%s", machine.cpu(), machine.cpus(), machine.jdk(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(startedAt), quick ? " (QUICK smoke run)" : ""));
    }

    // ---- markdown ----------------------------------------------------------------------------------------

    private final List<String[]> summary = new ArrayList<>();

    private void target(String figure, String ours, String baseline, double ratio, String target, Boolean met) {
        summary.add(new String[] {figure, ours, baseline, f2(ratio) + "x", target,
            met == null ? "—" : met ? "met" : "**not met**"});
    }

    String markdown() {
        summary.clear();
        StringBuilder details = new StringBuilder();
        signingSection(details);
        callbackSection(details);
        dedupeKeySection(details);
        clientSection(details);
        sdkSection(details);
        cloudSection(details);
        startupSection(details);

        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks: results\n\n");
        md.append("Generated by `").append(COMMAND).append("` (do not edit: every run rewrites this file and ")
                .append("[callback.svg](callback.svg)). How the figures were profiled and what to change where a ")
                .append("target is missed: [PROFILE.md](PROFILE.md). How to run: [README.md](README.md).\n\n");
        if (quick) {
            md.append("> **QUICK smoke run** (`--quick`): phases far too short to be trusted. Run without it.\n\n");
        }
        md.append("## Machine and run\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").format(startedAt))
                .append(" |\n");
        md.append("| CPU | ").append(machine.cpu()).append(", ").append(machine.cpus())
                .append(" CPUs visible to the JVM |\n");
        md.append("| memory | ").append(machine.memory()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| JDK | ").append(machine.jdk()).append(" |\n");
        md.append("| code | commit ").append(machine.commit()).append(" |\n");
        md.append("| command | `").append(COMMAND).append(args.isEmpty() ? "" : " " + args).append("` |\n");
        md.append("| load average (1/5/15 min) | at start ").append(loadStart).append(", at end ").append(loadEnd)
                .append(" (other builds share the machine) |\n");
        md.append(String.format(Locale.ROOT, "| duration of the measurements | %.1f min |\n\n", durationSeconds / 60));

        md.append("## Ratios against the targets\n\n");
        md.append("Every figure is a ratio of two things measured side by side in the same run (see each section ")
                .append("for how they were interleaved). Ratios are ours / baseline: for times lower is better, for ")
                .append("throughput higher is better. Where rounds alternate, the ratio is the median of the ")
                .append("per-round ratios; \"ours\" and \"baseline\" show the pooled figures.\n\n");
        md.append("| figure | ours | baseline | ratio | target | |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (String[] row : summary) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\n").append(details);
        caveats(md);
        return md.toString();
    }

    /** The ratios against the targets as plain text (after {@link #markdown()}), for the console. */
    String summaryText() {
        StringBuilder out = new StringBuilder("ratios against the targets (ours / baseline):\n");
        for (String[] row : summary) {
            out.append(String.format(Locale.ROOT, "  %-9s %7s  (target %s)  %s: %s vs %s%n",
                    row[5].replace("*", "").replace("—", "-"), row[3], row[4], row[0].replace("`", ""), row[1],
                    row[2]));
        }
        return out.toString();
    }

    private JmhRow jmh(List<JmhRow> rows, String name, int threads) {
        return rows.stream().filter(r -> r.name().equals(name) && r.threads() == threads).findFirst().orElse(null);
    }

    private void signingSection(StringBuilder md) {
        md.append("## 1. Signing and verification (JMH)\n\n");
        if (signing.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        md.append("JMH 1.37, 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement, 1 thread, `-prof gc`; ")
                .append("`md5Bare` is `MessageDigest.digest(bytes)` on a cached MD5 instance with the bytes of ")
                .append("`key + t` precomputed (MD5 and nothing else); `md5HexFloor` is the issue's floor for a ")
                .append("signer that returns hex: `HexFormat.formatHex(md5.digest((key + t).getBytes(UTF_8)))` on a ")
                .append("cached instance, from the same two Strings; `lvbSign` is `LvbSignature.sign(key, t)` ")
                .append("(String to bytes, MD5, 32 hex chars); `lvbSigner` is `LvbSigner.sign(key)` (clock read, ")
                .append("`t = now + validity`, sign, the pair); `lvbVerify` is `LvbSignatureVerifier.verify(key, t, ")
                .append("sign)` with `t` as a String (clock read, window check, sign, constant-time compare); ")
                .append("`lvbVerifyJsonNumber` passes `t` as a JSON-P number, as the callback endpoint does; ")
                .append("`lvbSignBefore`, `lvbVerifyBefore` and `lvbVerifyJsonNumberBefore` run the code of 5fe4c00, ")
                .append("before issue #17 item 3 (copies in the harness: `SignatureBefore`, `VerifierBefore`). ")
                .append("Benchmarks run one after the other in the same JVM fork order (JMH's).\n\n");
        md.append("| benchmark | ns/op | ± (99.9 %) | allocated B/op | ratio to md5Bare |\n|---|---|---|---|---|\n");
        JmhRow md5 = jmh(signing, "md5Bare", 1);
        for (JmhRow r : signing.stream().sorted(Comparator.comparing(JmhRow::name)).toList()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %s |\n", r.name(), r.score(),
                    r.error(), r.allocBytes(), md5 == null ? "" : f2(r.score() / md5.score()) + "x"));
        }
        md.append("\n");
        if (!signingAlt.isEmpty()) {
            md.append("Cross-check against the noise (JMH runs its benchmarks one after another): the same ")
                    .append("operations, ").append(Steps.SIGN_REPEAT).append(" per timed call, alternated call by ")
                    .append("call in one thread for 8 s (every operation sees the same machine state); allocation ")
                    .append("is the thread's own.\n\n");
            md.append("| operation | ns/op (mean) | allocated B/op | ratio to md5Bare |\n|---|---|---|---|\n");
            ClosedLoop.Result base = signingAlt.stream().filter(r -> r.mode().equals("md5Bare")).findFirst()
                    .orElse(null);
            for (ClosedLoop.Result r : signingAlt) {
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %s |\n", r.mode(),
                        r.meanUs() * 1000 / Steps.SIGN_REPEAT, r.allocBytesPerCall() / Steps.SIGN_REPEAT,
                        base == null ? "" : f2(r.meanUs() / base.meanUs()) + "x"));
            }
            md.append("\n");
        }
        // The targets: signing against MD5 + HexFormat of the same key + t String (the floor of a signer
        // that returns hex), verification against signing; each in JMH and in the call-by-call cross-check.
        String[][] targets = {
            {"lvbSign", "md5HexFloor", "Signing: `LvbSignature.sign` vs MD5 + `HexFormat` of `key + t`"},
            {"lvbVerify", "lvbSign", "Verification: `LvbSignatureVerifier.verify` (t as String) vs signing"},
            {"lvbVerifyJsonNumber", "lvbSign", "Verification: `verify` (t as JSON number, as the endpoint) vs signing"},
            // The signer as a whole reads the clock as the verifier does: like for like, beside the strict row above.
            {"lvbVerifyJsonNumber", "lvbSigner", "Verification: `verify` (t as JSON number) vs `LvbSigner.sign` "
                + "(both read the clock)"}};
        for (String[] n : targets) {
            JmhRow r = jmh(signing, n[0], 1);
            JmhRow base = jmh(signing, n[1], 1);
            if (r != null && base != null) {
                double ratio = r.score() / base.score();
                target(n[2] + " (JMH)", f1(r.score()) + " ns", f1(base.score()) + " ns", ratio, "<= 1.20",
                        ratio <= 1.2);
            }
        }
        for (String[] n : targets) {
            ClosedLoop.Result r = alt(n[0]);
            ClosedLoop.Result base = alt(n[1]);
            if (r != null && base != null) {
                double ratio = r.meanUs() / base.meanUs();
                target(n[2] + " (cross-check, call-by-call alternation)",
                        f1(r.meanUs() * 1000 / Steps.SIGN_REPEAT) + " ns",
                        f1(base.meanUs() * 1000 / Steps.SIGN_REPEAT) + " ns", ratio, "<= 1.20", ratio <= 1.2);
            }
        }
    }

    private ClosedLoop.Result alt(String mode) {
        return signingAlt.stream().filter(r -> r.mode().equals(mode)).findFirst().orElse(null);
    }

    private void dedupeKeySection(StringBuilder md) {
        if (dedupeKey.isEmpty()) {
            return;
        }
        md.append("### 2c. The duplicate filter's key, before and after (JMH)\n\n");
        md.append("JMH as in section 1, one run: `before` is `LvbDedupeKeys.of` as of commit 9b7ed90 (kept in the ")
                .append("harness as `DedupeKeysBefore`: the canonical text fed to SHA-256 piece by piece), `after` ")
                .append("the library's code now (the canonical text written into a per-thread buffer, hashed ")
                .append("once); the setup checks both give the same key for each of the 1,024 distinct StreamBegin ")
                .append("notifications they cycle through. `sha256Floor` hashes the body as received: SHA-256 ")
                .append("alone.\n\n");
        md.append("| benchmark | ns/op | ± (99.9 %) | allocated B/op | ratio to before |\n|---|---|---|---|---|\n");
        JmhRow before = jmh(dedupeKey, "before", 1);
        for (JmhRow r : dedupeKey) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %s |\n", r.name(), r.score(),
                    r.error(), r.allocBytes(), before == null ? "" : f2(r.score() / before.score()) + "x"));
        }
        md.append("\n");
        JmhRow after = jmh(dedupeKey, "after", 1);
        if (before != null && after != null) {
            double ratio = after.score() / before.score();
            target("Dedupe key: `LvbDedupeKeys.of` after / before (same keys)", f1(after.score()) + " ns",
                    f1(before.score()) + " ns", ratio, "<= 0.50 (a fraction)", ratio <= 0.5);
        }
    }

    private void callbackSection(StringBuilder md) {
        md.append("## 2. Callback endpoint under concurrent load\n\n");
        if (callback.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        md.append("![callback throughput and p99 against concurrency](callback.svg)\n\n");
        md.append("One Quarkus application (benchmarks/app-lvb, packaged jar, prod profile) serves both endpoints: ")
                .append("**ours** is the extension's callback endpoint at `/lvb/callback` (read body, verify ")
                .append("`t`/`sign`, parse, bind to `StreamBeginEvent`, duplicate filter, synchronous CDI event to a ")
                .append("no-op observer, `{\"code\":0}`); **bare** is a JAX-RS `@POST` in the same application that ")
                .append("reads the body as `byte[]` and returns `{\"code\":0}` (both on Quarkus REST worker threads). ")
                .append("The load generator (harness JVM, one Vert.x event loop, keep-alive, TCP_NODELAY) runs a ")
                .append("closed loop of N connections; every request is a distinct, validly signed StreamBegin ")
                .append("notification (unique stream id and sequence; ~440 bytes) prepared before the timed phase, ")
                .append("posted to both endpoints alike. After a JIT warm-up of both endpoints, each level runs a ")
                .append("short warm-up of each side and then rounds alternating ours/bare (AB, BA, AB...), ")
                .append("2 s each, 6 rounds per side; figures below merge the rounds. Server CPU is the application process's ")
                .append("user+system time (/proc) per request: unlike the end-to-end figures it is not diluted by ")
                .append("the load generator sharing the 2 CPUs.\n\n");
        md.append("The throughput ratio is the **median of the per-round ratios** (round i of one side against ")
                .append("round i of the other, run next to each other), which one burst of noise cannot move; the ")
                .append("pooled ratio (all requests of all rounds) and the range of per-round ratios are beside it.")
                .append("\n\n");
        md.append("| connections | ours req/s | bare req/s | ratio (median) | pooled | per-round range | ours p50 / p99 ")
                .append("(ms) | bare p50 / p99 (ms) | p99 ratio | server CPU us/req ours / bare | CPU ratio | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CallbackLevel l : callback) {
            Side o = Side.of(l.ours);
            Side b = Side.of(l.bare);
            double ratio = pairedMedian(o.roundThroughputs(), b.roundThroughputs());
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | **%s** | %s | %s | %.3f / %.3f | %.3f / %.3f | "
                    + "%s | %.1f / %.1f | %s | %d / %d |\n", l.concurrency, o.throughput(), b.throughput(), f2(ratio),
                    f2(o.throughput() / b.throughput()), spread(o.roundThroughputs(), b.roundThroughputs()),
                    o.p50Us() / 1000, o.p99Us() / 1000,
                    b.p50Us() / 1000, b.p99Us() / 1000, f2(o.p99Us() / b.p99Us()), o.serverCpuUs(), b.serverCpuUs(),
                    f2(o.serverCpuUs() / b.serverCpuUs()), o.errors(), b.errors()));
            target("Callback throughput, " + l.concurrency + " connection" + (l.concurrency == 1 ? "" : "s"),
                    String.format(Locale.ROOT, "%.0f req/s", o.throughput()),
                    String.format(Locale.ROOT, "%.0f req/s", b.throughput()), ratio, ">= 0.90", ratio >= 0.9);
        }
        for (CallbackLevel l : callback) {
            Side o = Side.of(l.ours);
            Side b = Side.of(l.bare);
            double cpu = pairedMedian(o.roundCpuUs(), b.roundCpuUs());
            target("Callback server CPU per request, " + l.concurrency + " connection"
                    + (l.concurrency == 1 ? "" : "s") + " (median of per-round ratios)",
                    f1(o.serverCpuUs()) + " us", f1(b.serverCpuUs()) + " us", cpu, "<= 1.10", cpu <= 1.1);
        }
        long reused = callback.stream().flatMap(l -> l.ours.stream()).mapToLong(CallbackLoad.Round::reused).sum();
        md.append(String.format(Locale.ROOT, "\nNotifications acknowledged by ours (warm-ups included): %d; "
                + "delivered to the observer: %d%s. Bodies re-sent because a round outran its prepared pool: %d.\n",
                callbackAcked, callbackDelivered, callbackDelivered == callbackAcked ? " (every one, once)"
                        : " (**differs**)", reused));
        List<String> others = callback.stream().flatMap(l -> l.sides.keySet().stream()).distinct()
                .filter(p -> !p.equals(Main.OURS) && !p.equals(Main.BARE)).toList();
        if (!others.isEmpty()) {
            md.append("Other sides asked for (`--callback-sides`), same rounds:\n\n| connections | side | req/s | ")
                    .append("ratio to bare (median) | ratio to ours (median) | p99 (ms) | server CPU us/req |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (CallbackLevel l : callback) {
                for (String other : others) {
                    if (l.side(other).isEmpty()) {
                        continue;
                    }
                    Side x = Side.of(l.side(other));
                    md.append(String.format(Locale.ROOT, "| %d | `%s` | %.0f | %s | %s | %.3f | %.1f |\n",
                            l.concurrency, other, x.throughput(),
                            f2(pairedMedian(x.roundThroughputs(), Side.of(l.bare).roundThroughputs())),
                            f2(pairedMedian(x.roundThroughputs(), Side.of(l.ours).roundThroughputs())),
                            x.p99Us() / 1000, x.serverCpuUs()));
                }
            }
            md.append("\n");
        }
        if (!handlerSteps.isEmpty()) {
            md.append("### 2b. Where the endpoint's own time goes\n\n");
            md.append("The library's `LvbCallbackHandler` (the endpoint minus HTTP and CDI: a no-op consumer ")
                    .append("receives the event) and each of its steps, in the harness JVM, on the same kind of ")
                    .append("notification, all alternated call by call in one thread for 10 s (so they share the ")
                    .append("machine state); allocation is the thread's own. Rows marked \"before\" time the code ")
                    .append("PROFILE.md's changes replaced, for comparison; the hand binding is a proposal not applied; ")
                    .append("the rows \"generated binder(s)\" bind as the Quarkus extension does (issue #17: the ")
                    .append("readers its build-time binders call, without JSON-B).\n\n");
            md.append("| step | mean us | p50 us | p99 us | allocated B |\n|---|---|---|---|---|\n");
            for (ClosedLoop.Result r : handlerSteps) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d |\n", r.mode(), r.meanUs(),
                        r.p50Us(), r.p99Us(), r.allocBytesPerCall()));
            }
            md.append("\n");
        }
        md.append(String.format(Locale.ROOT, "Load-generator CPU per request (harness JVM): %s.\n\n",
                String.join(", ", callback.stream().map(l -> String.format(Locale.ROOT, "%d conn.: %.1f / %.1f us",
                        l.concurrency, Side.of(l.ours).harnessCpuUs(), Side.of(l.bare).harnessCpuUs())).toList())));
    }

    private void clientTable(StringBuilder md, Map<Integer, Map<String, List<ClosedLoop.Result>>> data,
            String ours, List<String> baselines, String where) {
        md.append("| callers | client | rounds | mean us/call | p50 us | p99 us | calls/s | allocated B/call | ")
                .append("errors |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Integer, Map<String, List<ClosedLoop.Result>>> e : data.entrySet()) {
            for (Map.Entry<String, List<ClosedLoop.Result>> m : e.getValue().entrySet()) {
                Mode x = Mode.of(m.getValue());
                md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.1f | %.1f | %.1f | %.0f | %.0f | %d |\n",
                        e.getKey(), m.getKey(), m.getValue().size(), x.meanUs(), x.p50Us(), x.p99Us(),
                        x.throughput(), x.allocBytes(), x.errors()));
            }
        }
        md.append("\n| callers | ratio | time per call: median of per-round ratios | pooled | per-round range | ")
                .append("p99 | allocation |\n|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Integer, Map<String, List<ClosedLoop.Result>>> e : data.entrySet()) {
            List<ClosedLoop.Result> o = e.getValue().get(ours);
            if (o == null) {
                continue;
            }
            Mode om = Mode.of(o);
            for (String base : baselines) {
                List<ClosedLoop.Result> b = e.getValue().get(base);
                if (b == null) {
                    continue;
                }
                Mode bm = Mode.of(b);
                double ratio = pairedMedian(om.roundMeans(), bm.roundMeans());
                md.append(String.format(Locale.ROOT, "| %d | %s / %s | **%s** | %s | %s | %s | %s |\n", e.getKey(),
                        ours, base, f2(ratio), f2(om.meanUs() / bm.meanUs()), spread(om.roundMeans(),
                                bm.roundMeans()), f2(om.p99Us() / bm.p99Us()), f2(om.allocBytes() / bm.allocBytes())));
                if (!base.equals("tencent-sdk")) {
                    target("Client " + where + ", " + e.getKey() + " caller" + (e.getKey() == 1 ? "" : "s") + ": `"
                            + ours + "` vs `" + base + "` (time per call)", f1(om.meanUs()) + " us",
                            f1(bm.meanUs()) + " us", ratio, "<= 1.10", ratio <= 1.1);
                }
            }
        }
        md.append("\n");
    }

    private void clientSection(StringBuilder md) {
        md.append("## 3. Client call overhead against raw HTTP\n\n");
        if (clients.isEmpty() && inAppClients.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        md.append("All callers hit the same loopback stub (a separate JVM: Vert.x, one event loop, TCP_NODELAY, ")
                .append("keep-alive) that answers every `GET /common_access...` with a fixed Live_Channel_GetStatus ")
                .append("reply (`{\"ret\":0,...,\"output\":[{\"rate_type\":0,\"recv_type\":1,\"status\":1}]}`). ")
                .append("Closed loop: N threads call back to back, each mode in its steady state. After a warm-up ")
                .append("of each mode, rounds alternate between the modes (ABCD, DCBA, ...): 8 rounds of 1 s with 1 ")
                .append("caller, 6 rounds of 1.5 s with 64. **The ratio is the median of the per-round ratios** ")
                .append("(round i of ours against round i of the baseline, measured next to each other), which a ")
                .append("burst of noise in one round cannot move; the pooled ratio (all calls of all rounds) and ")
                .append("the range are shown beside it. Mean: weighted by calls; p50/p99: median of the rounds. ")
                .append("Allocation per call: growth of the allocated bytes of every live thread of the client's ")
                .append("JVM (callers and the client's own I/O threads) over the measured phase, divided by the ")
                .append("calls. (Alternating the clients call by call was tried and dropped: switching between ")
                .append("clients, connections and their I/O threads on every call slowed every client 2-4x.)\n\n");
        md.append("- `lvb-resteasy`: `LvbApi.getStatus(\"bench_stream\")` built with `LvbClients` on RESTEasy's ")
                .append("MicroProfile REST Client 3.0.1 (the library's non-Quarkus runtime; its only engine here ")
                .append("is Apache HttpClient 4, pool raised to 64 with `resteasy.connectionPoolSize`): builds ")
                .append("and signs the query (`t`, `sign`), sends, reads the body, decodes the envelope and binds ")
                .append("`output` to `StreamStatus`.\n");
        md.append("- `raw-jdk`: `java.net.http.HttpClient` (HTTP/1.1, keep-alive, default pool) GET of the very ")
                .append("same URL (`").append(rawUrl == null ? "?" : rawUrl).append("`, `t`/`sign` precomputed), ")
                .append("body read as a String and checked with `contains(\"\\\"ret\\\":0\")`; no JSON parsing.\n");
        md.append("- `raw-apache`: the same GET with Apache HttpClient 4.5 (RESTEasy's engine: same transport, so ")
                .append("this ratio isolates the library + RESTEasy), pool of 64, retries off, body as a String.\n");
        md.append("- `lvb-quarkus` (in the application): `@RestClient LvbApi` of the extension (Quarkus REST ")
                .append("client on Vert.x, pool 64), against `raw-jdk` run in the same application JVM.\n\n");
        if (!stubLog.isEmpty()) {
            md.append("What the stub received first from each client (User-Agent), showing the same query:\n\n```\n");
            stubLog.forEach(l -> md.append(l.replaceAll("sign=[0-9a-f]{32}", "sign=<md5>")
                    .replaceAll("&t=[0-9]+", "&t=<t>")).append('\n'));
            md.append("```\n\n");
        }
        if (!clients.isEmpty()) {
            md.append("### In a plain JVM (RESTEasy MicroProfile REST Client)\n\n");
            Map<Integer, Map<String, List<ClosedLoop.Result>>> noSdk = new LinkedHashMap<>();
            clients.forEach((k, v) -> {
                Map<String, List<ClosedLoop.Result>> m = new LinkedHashMap<>(v);
                m.remove("tencent-sdk");
                noSdk.put(k, m);
            });
            clientTable(md, noSdk, "lvb-resteasy", List.of("raw-jdk", "raw-apache"), "(RESTEasy)");
        }
        if (!inAppClients.isEmpty()) {
            md.append("### In the Quarkus application (the extension's REST client)\n\n");
            clientTable(md, inAppClients, "lvb-quarkus", List.of("raw-jdk"), "(Quarkus, in the app)");
        }
        if (!clientSteps.isEmpty()) {
            md.append("### 3b. The client's own steps\n\n");
            md.append("What `LvbApi.getStatus` does besides HTTP and the REST client runtime, on the stub's reply, ")
                    .append("in the harness JVM, alternated call by call in one thread for 6 s; allocation is the ")
                    .append("thread's own. The \"before\" row times the code PROFILE.md's change replaced.\n\n");
            md.append("| step | mean us | p50 us | p99 us | allocated B |\n|---|---|---|---|---|\n");
            for (ClosedLoop.Result r : clientSteps) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d |\n", r.mode(), r.meanUs(),
                        r.p50Us(), r.p99Us(), r.allocBytesPerCall()));
            }
            md.append("\n");
        }
        if (!jmhClient.isEmpty()) {
            md.append("### Cross-check under JMH (`--jmh-client`, -prof gc)\n\n");
            md.append("| benchmark | threads | us/op | ± | allocated B/op |\n|---|---|---|---|---|\n");
            for (JmhRow r : jmhClient) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f |\n", r.name(), r.threads(),
                        r.score(), r.error(), r.allocBytes()));
            }
            md.append("\n");
        }
    }

    private void sdkSection(StringBuilder md) {
        md.append("## 4. Against Tencent's own Java SDK\n\n");
        Map<String, List<ClosedLoop.Result>> one = clients.get(1);
        if (one == null || !one.containsKey("tencent-sdk")) {
            md.append("Not run.\n\n");
            return;
        }
        md.append("`tencent-sdk`: `com.tencentcloudapi:tencentcloud-sdk-java:3.1.637` (benchmark-only dependency), ")
                .append("`LiveClient.DescribeLiveStreamState(AppName, DomainName, StreamName)`: API 3.0, JSON POST ")
                .append("signed with TC3-HMAC-SHA256, OkHttp 2.7, Gson; `HttpProfile` endpoint `127.0.0.1:<port>`, ")
                .append("protocol `http://`; the stub answers `{\"Response\":{\"StreamState\":\"active\",")
                .append("\"RequestId\":\"...\"}}` as `application/json`; the response's `StreamState` is checked. ")
                .append("Measured in the same interleaved rounds as section 3 (1 caller), against our ")
                .append("`LvbApi.getStatus` on RESTEasy (`lvb-resteasy`).\n\n");
        Map<String, List<ClosedLoop.Result>> pair = new LinkedHashMap<>();
        pair.put("lvb-resteasy", one.get("lvb-resteasy"));
        pair.put("tencent-sdk", one.get("tencent-sdk"));
        Map<Integer, Map<String, List<ClosedLoop.Result>>> data = new LinkedHashMap<>();
        data.put(1, pair);
        clientTable(md, data, "lvb-resteasy", List.of("tencent-sdk"), "");
        Mode o = Mode.of(one.get("lvb-resteasy"));
        Mode t = Mode.of(one.get("tencent-sdk"));
        double ratio = pairedMedian(o.roundMeans(), t.roundMeans());
        target("vs Tencent SDK, 1 caller: `LvbApi.getStatus` vs `DescribeLiveStreamState` (mean time per call)",
                f1(o.meanUs()) + " us", f1(t.meanUs()) + " us", ratio, "< 1.00 (faster)", ratio < 1.0);
        target("vs Tencent SDK, 1 caller: allocation per call", f0(o.allocBytes()) + " B", f0(t.allocBytes()) + " B",
                o.allocBytes() / t.allocBytes(), "—", null);
    }

    private void cloudSection(StringBuilder md) {
        JmhRow ours = jmh(cloud, "lvbCloudResteasy", 1);
        JmhRow sdk = jmh(cloud, "tencentSdk", 1);
        if (ours == null || sdk == null) {
            return;
        }
        md.append("### 4b. Cloud API 3.0: `LvbCloudApi` against Tencent's SDK, same protocol (issue #15)\n\n");
        md.append("JMH `ClientBench.(lvbCloudResteasy|tencentSdk)`, 1 thread, 1 fork, 4 x 5 s warm-up, 6 x 5 s ")
                .append("measurement, `-prof gc`, against the same loopback stub (its `POST /` answer ")
                .append("`{\"Response\":{\"StreamState\":\"active\",\"RequestId\":\"...\"}}`). ")
                .append("`lvbCloudResteasy`: `LvbCloudApi.describeLiveStreamState` on RESTEasy's MicroProfile REST ")
                .append("Client (TC3-signed JSON POST, reply bound to the record); `tencentSdk`: ")
                .append("`LiveClient.DescribeLiveStreamState` (3.1.637). JMH runs the two one after the other: the ")
                .append("error column shows how much the machine moved.\n\n");
        md.append("| client | us/op | ± (99.9 %) | allocated B/op |\n|---|---|---|---|\n");
        for (JmhRow r : List.of(ours, sdk)) {
            double us = r.unit().startsWith("ns") ? r.score() / 1000 : r.score();
            double err = r.unit().startsWith("ns") ? r.error() / 1000 : r.error();
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f |\n", r.name(), us, err,
                    r.allocBytes()));
        }
        md.append("\n");
        double time = ours.score() / sdk.score();
        double alloc = ours.allocBytes() / sdk.allocBytes();
        target("Cloud API, 1 caller: `LvbCloudApi` (RESTEasy) vs Tencent SDK (time per call, JMH)",
                f1(ours.score()) + " " + ours.unit(), f1(sdk.score()) + " " + sdk.unit(), time, "<= 0.20",
                time <= 0.2);
        target("Cloud API, 1 caller: allocation per call", f0(ours.allocBytes()) + " B", f0(sdk.allocBytes()) + " B",
                alloc, "<= 0.50", alloc <= 0.5);
    }

    private void startupSection(StringBuilder md) {
        md.append("## 5. Start-up and heap after load\n\n");
        if (startup.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        md.append("Two packaged Quarkus applications that differ only by the extension: benchmarks/app-plain ")
                .append("(Quarkus REST + the shared bare/ping/heap endpoints) and benchmarks/app-lvb (the same plus ")
                .append("`quarkus-lvb`, a no-op observer and a class that injects `@RestClient LvbApi`). Each run ")
                .append("spawns `java -jar quarkus-app/quarkus-run.jar` (no JVM options besides the port) and ")
                .append("polls `GET /ping` on a fresh connection every 2 ms; start-up is the time from spawning ")
                .append("the process to the first 200. Then ").append(Startup.LOAD_REQUESTS)
                .append(" `POST /bare` (same load for both), and `/bench/heap` reports the heap in use after ")
                .append("3 x `System.gc()`; RSS from /proc. The runs alternate (plain, lvb, lvb, plain...); the ")
                .append("table gives medians. \"After callbacks\": the application with the extension then ")
                .append("received ").append(Startup.LOAD_REQUESTS).append(" distinct signed notifications ")
                .append("(deduplication entries included).\n\n");
        md.append("| application | runs | first response (ms) | Quarkus \"started in\" (ms) | heap used after load ")
                .append("(MB) | after callbacks (MB) | heap committed (MB) | non-heap (MB) | classes | RSS (MB) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Startup.Run>> byApp = new LinkedHashMap<>();
        startup.forEach(r -> byApp.computeIfAbsent(r.app(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Startup.Run>> e : byApp.entrySet()) {
            List<Startup.Run> runs = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %s | %s | %s | %s | %s | %.1f |\n",
                    e.getKey(), runs.size(), median(runs, Startup.Run::firstResponseMs),
                    median(runs, Startup.Run::quarkusStartedMs), mb(median(runs, r -> r.heapUsed())),
                    mb(median(runs, r -> r.heapUsedAfterCallbacks())), mb(median(runs, r -> r.heapCommitted())),
                    mb(median(runs, r -> r.nonHeapUsed())), num(median(runs, r -> r.classes())),
                    median(runs, r -> r.rss()) / 1e6));
        }
        md.append("\nRaw runs (ms to first response): ");
        md.append(String.join("; ", byApp.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ",
                e.getValue().stream().map(r -> f0(r.firstResponseMs())).toList())).toList()));
        md.append(".\n\n");
        List<Startup.Run> with = byApp.get("with extension");
        List<Startup.Run> without = byApp.get("without extension");
        if (with != null && without != null) {
            double s = median(with, Startup.Run::firstResponseMs) / median(without, Startup.Run::firstResponseMs);
            double h = median(with, r -> r.heapUsed()) / median(without, r -> r.heapUsed());
            double rss = median(with, r -> r.rss()) / median(without, r -> r.rss());
            // The runs alternate (without, with, with, without, ...): run i of one beside run i of the other.
            double paired = pairedMedian(with.stream().mapToDouble(Startup.Run::firstResponseMs).toArray(),
                    without.stream().mapToDouble(Startup.Run::firstResponseMs).toArray());
            target("Start-up to first served request, with / without the extension (median of per-pair ratios; "
                    + "ratio of the medians " + f2(s) + ")", f0(median(with, Startup.Run::firstResponseMs)) + " ms",
                    f0(median(without, Startup.Run::firstResponseMs)) + " ms", paired, "<= 1.05", paired <= 1.05);
            target("Heap used after load (after GC), with / without the extension",
                    mb(median(with, r -> r.heapUsed())) + " MB", mb(median(without, r -> r.heapUsed())) + " MB", h,
                    "— (no target)", null);
            target("RSS after load, with / without the extension", f1(median(with, r -> r.rss()) / 1e6) + " MB",
                    f1(median(without, r -> r.rss()) / 1e6) + " MB", rss, "— (no target)", null);
        }
        if (!demoMeasured) {
            md.append("The lvb-demo application was not built when this ran (its jar is absent), so it is not ")
                    .append("measured; the pair above isolates the extension's cost in an otherwise identical ")
                    .append("application.\n\n");
        } else {
            md.append("lvb-demo (which cannot run without the extension) is measured for its start-up only ")
                    .append("(first answer of any status to `GET /`).\n\n");
        }
    }

    private void caveats(StringBuilder md) {
        md.append("## Caveats\n\n");
        md.append("- The machine has 2 CPUs and is shared with other builds: absolute numbers move from run to ")
                .append("run; only the ratios of sides measured in alternating rounds of the same run are meant ")
                .append("to be compared. Per-round ratio ranges show how much they moved within this run.\n");
        md.append("- Loopback load tests on 2 CPUs put the client, the server and (for section 3) the stub on ")
                .append("the same cores. End-to-end ratios are therefore diluted by the fixed cost of the other ")
                .append("side: the callback's server-CPU-per-request ratio shows the endpoint's own cost more ")
                .append("sharply than the throughput ratio.\n");
        md.append("- Closed-loop latencies (each connection waits for its answer) understate queueing ")
                .append("(coordinated omission): p99 is the service time under that load, not an open-loop SLO ")
                .append("figure.\n");
        md.append("- JMH runs its benchmarks one after another, not interleaved; with 5 x 2 s iterations the ")
                .append("error column shows how stable each was.\n");
        md.append("- The RESTEasy client has only Apache HttpClient 4 as a usable engine here (its URLConnection ")
                .append("engine is the other choice); `raw-apache` compares like with like, `raw-jdk` is what the ")
                .append("issue names. The Quarkus figures use the extension's Vert.x-based client.\n");
        md.append("- Tencent's SDK speaks a different protocol (API 3.0 JSON POST, HMAC-SHA256 signing) to the same ")
                .append("stub; the comparison is \"what a user would otherwise pick to ask a stream's state\", ")
                .append("not an identical request.\n");
    }

    // ---- formatting --------------------------------------------------------------------------------------

    static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String mb(double bytes) {
        return bytes < 0 || Double.isNaN(bytes) ? "—" : String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static String num(double v) {
        return v < 0 || Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f", v);
    }
}
