package dev.lvb.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import dev.lvb.core.LvbSignature;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Benchmark 2's load generator: closed loop, {@code concurrency} chains of POSTs (each chain sends its next
 * notification as soon as the previous answer arrived) on one Vert.x event loop with keep-alive connections, for a
 * fixed time. Each notification is a distinct, validly signed StreamBegin event (unique stream id and sequence, so
 * the endpoint's duplicate filter never short-circuits), prepared before the timed phase. Latency is from just
 * before the request is handed to the client to the end of the response body, recorded in microseconds.
 */
final class CallbackLoad implements AutoCloseable {

    static final String CALLBACK_KEY = "bench-callback-key";

    private final Vertx vertx;
    private final HttpClient client;
    private final int port;
    private final long serverPid;
    private long sequence = 1;

    /** One timed run against one path. */
    record Round(String path, int concurrency, long ok, long errors, long nanos, Histogram micros,
            long serverCpuNanos, long harnessCpuNanos, long reused, String firstError) {

        double throughput() {
            return ok / (nanos / 1e9);
        }
    }

    CallbackLoad(int port, long serverPid, int maxConcurrency) {
        this.port = port;
        this.serverPid = serverPid;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setPipelining(false).setDefaultHost("127.0.0.1").setDefaultPort(port),
                new PoolOptions().setHttp1MaxSize(maxConcurrency));
    }

    /**
     * Prepares {@code n} distinct notifications signed with {@code t = now + 600 s} (what LVB sends), valid for the
     * next ten minutes.
     */
    Buffer[] notifications(int n) {
        long t = Instant.now().getEpochSecond() + 600;
        String sign = LvbSignature.sign(CALLBACK_KEY, t);
        long eventTime = t - 600;
        Buffer[] out = new Buffer[n];
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < n; i++) {
            long seq = sequence++;
            sb.setLength(0);
            sb.append("{\"appid\":1252500000,\"app\":\"push.example.com\",\"appname\":\"live\",\"channel_id\":\"bench_")
                    .append(seq).append("\",\"stream_id\":\"bench_").append(seq).append("\",\"event_time\":")
                    .append(eventTime).append(",\"sequence\":\"").append(6_000_000_000_000_000L + seq)
                    .append("\",\"node\":\"100.121.160.92\",\"user_ip\":\"119.29.94.245\",")
                    .append("\"stream_param\":\"txSecret=0277a4a5d2b7b4a7e1c8d5b4ef1f2a33&txTime=5C2E9C00\",")
                    .append("\"errcode\":0,\"errmsg\":\"ok\",\"set_id\":2,\"width\":1280,\"height\":720,")
                    .append("\"idc_id\":\"38\",\"event_type\":1,\"t\":").append(t).append(",\"sign\":\"")
                    .append(sign).append("\"}");
            out[i] = Buffer.buffer(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static final class State {
        final Buffer[] bodies;
        final RequestOptions options;
        final long deadline;
        final Histogram micros = new Histogram(60_000_000L, 3);
        final CompletableFuture<Void> done = new CompletableFuture<>();
        int active;
        int index;
        long ok;
        long errors;
        long reused;
        long last;
        String firstError;

        State(Buffer[] bodies, RequestOptions options, long deadline, int active) {
            this.bodies = bodies;
            this.options = options;
            this.deadline = deadline;
            this.active = active;
        }
    }

    /** Runs {@code concurrency} chains against {@code path} for {@code millis}, using {@code bodies} in order. */
    Round run(String path, Buffer[] bodies, int concurrency, long millis) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI(path).putHeader("Content-Type", "application/json");
        long serverCpu0 = Procs.cpuNanos(serverPid);
        long selfCpu0 = Procs.cpuNanos(ProcessHandle.current().pid());
        long start = System.nanoTime();
        State st = new State(bodies, options, start + TimeUnit.MILLISECONDS.toNanos(millis), concurrency);
        vertx.runOnContext(v -> {
            for (int i = 0; i < concurrency; i++) {
                next(st);
            }
        });
        st.done.get(millis + 60_000, TimeUnit.MILLISECONDS);
        long serverCpu = Procs.cpuNanos(serverPid) - serverCpu0;
        long selfCpu = Procs.cpuNanos(ProcessHandle.current().pid()) - selfCpu0;
        return new Round(path, concurrency, st.ok, st.errors, st.last - start, st.micros, serverCpu, selfCpu,
                st.reused, st.firstError);
    }

    private void next(State st) {
        long t0 = System.nanoTime();
        if (t0 >= st.deadline) {
            if (--st.active == 0) {
                st.done.complete(null);
            }
            return;
        }
        if (st.index >= st.bodies.length) {
            st.reused++;
        }
        Buffer body = st.bodies[st.index++ % st.bodies.length];
        client.request(st.options)
                .compose(req -> req.send(body))
                .compose(resp -> resp.body().map(b -> resp.statusCode()))
                .onComplete(ar -> {
                    long t1 = System.nanoTime();
                    if (ar.succeeded() && ar.result() == 200) {
                        st.ok++;
                        st.micros.recordValue(Math.max(1, Math.min((t1 - t0) / 1000, 60_000_000L)));
                    } else {
                        st.errors++;
                        if (st.firstError == null) {
                            st.firstError = ar.succeeded() ? "HTTP " + ar.result() : String.valueOf(ar.cause());
                        }
                    }
                    st.last = t1;
                    next(st);
                });
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
