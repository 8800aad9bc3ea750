package dev.lvb.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.buffer.Buffer;

/**
 * Benchmark 5: start-up time to the first served request, and heap after load. Each run starts the packaged
 * application ({@code java -jar quarkus-app/quarkus-run.jar}, same JVM flags for every application) and polls
 * {@code GET /ping} over a fresh connection every 2 ms; the time runs from just before the process is spawned to the
 * first 200 answer. Then it sends a fixed load (the same for every application), asks {@code /bench/heap} for the
 * heap in use after {@code System.gc()}, and reads the resident set size.
 */
final class Startup {

    static final int LOAD_REQUESTS = 2000;
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    record Run(String app, double firstResponseMs, double quarkusStartedMs, long heapUsed, long heapCommitted,
            long nonHeapUsed, long classes, long rss, long heapUsedAfterCallbacks) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * @param app a name for the report
     * @param jar the quarkus-run.jar
     * @param extraArgs JVM system properties of this application
     * @param pollPath the path to poll
     * @param anyStatus whether any HTTP answer counts as served (for applications without /ping)
     * @param measureHeap whether the application has /bench/heap
     * @param callbacks notifications to send after the load (null: none)
     */
    Run run(String app, Path jar, List<String> extraArgs, String pollPath, boolean anyStatus, boolean measureHeap,
            Buffer[] callbacks, Path log) throws Exception {
        int port = Procs.freePort();
        List<String> jvm = new ArrayList<>(Main.APP_JVM_ARGS);
        jvm.addAll(extraArgs);
        jvm.add("-Dquarkus.http.port=" + port);
        try (Procs.Child child = Procs.start(Procs.javaCommand(jvm, "-jar", jar.toString()), log,
                line -> line.contains("started in"))) {
            long firstNanos = pollFirstResponse(port, pollPath, anyStatus, child);
            double quarkusMs = Double.NaN;
            try {
                child.awaitLine(30);
                Matcher m = STARTED.matcher(child.matchedLine());
                if (m.find()) {
                    quarkusMs = Double.parseDouble(m.group(1)) * 1000;
                }
            } catch (IllegalStateException noLine) {
                // no "started in" line: leave NaN
            }
            long used = -1;
            long committed = -1;
            long nonHeap = -1;
            long classes = -1;
            long afterCallbacks = -1;
            if (measureHeap) {
                byte[] body = "{\"code\":0,\"note\":\"startup load\"}".getBytes(StandardCharsets.UTF_8);
                HttpRequest bare = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bare"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                for (int i = 0; i < LOAD_REQUESTS; i++) {
                    HttpResponse<String> r = http.send(bare, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(app + ": /bare answered " + r.statusCode());
                    }
                }
                String heap = get(port, "/bench/heap");
                used = number(heap, "used");
                committed = number(heap, "committed");
                nonHeap = number(heap, "nonHeapUsed");
                classes = number(heap, "classes");
                if (callbacks != null) {
                    for (Buffer b : callbacks) {
                        HttpRequest cb = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/lvb/callback")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(b.getBytes())).build();
                        HttpResponse<String> r = http.send(cb, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(app + ": callback answered " + r.statusCode() + " "
                                    + r.body());
                        }
                    }
                    afterCallbacks = number(get(port, "/bench/heap"), "used");
                }
            }
            long rss = Procs.rssBytes(child.pid());
            return new Run(app, firstNanos / 1e6, quarkusMs, used, committed, nonHeap, classes, rss, afterCallbacks);
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(-?[0-9]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** Polls until a request is served; returns nanoseconds since the process was spawned. */
    private static long pollFirstResponse(int port, String path, boolean anyStatus, Procs.Child child)
            throws Exception {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long deadline = child.startNanos + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!child.process.isAlive()) {
                throw new IllegalStateException("application exited with " + child.process.exitValue());
            }
            try (Socket s = new Socket()) {
                s.setTcpNoDelay(true);
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                s.setSoTimeout(5000);
                OutputStream out = s.getOutputStream();
                out.write(request);
                out.flush();
                InputStream in = s.getInputStream();
                byte[] head = in.readNBytes(12);
                String status = new String(head, StandardCharsets.US_ASCII);
                if (status.startsWith("HTTP/1.1 200") || (anyStatus && status.startsWith("HTTP/1."))) {
                    return System.nanoTime() - child.startNanos;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no answer within 120 s");
    }
}
