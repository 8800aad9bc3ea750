package dev.lvb.bench;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * The loopback stub of the client benchmarks, run in its own JVM so that its work and allocation are not counted
 * as the client's: a Vert.x server on one event loop (TCP_NODELAY, keep-alive) answering fixed bodies.
 * <ul>
 * <li>{@code GET /common_access?...}: LVB's Live_Channel_GetStatus reply
 * {@value #LVB_BODY};</li>
 * <li>anything else (Tencent's API 3.0 {@code POST /}): {@value #TENCENT_BODY}.</li>
 * </ul>
 * Both as {@code application/json}. The first request of each kind is printed, so the run log shows what each
 * client sent (per User-Agent). Prints {@code READY <port>} when listening.
 */
public final class Stub {

    static final String LVB_BODY = "{\"ret\":0,\"retcode\":0,\"errmsg\":\"\",\"message\":\"\",\"output\":"
            + "[{\"rate_type\":0,\"recv_type\":1,\"status\":1}]}";
    static final String TENCENT_BODY = "{\"Response\":{\"StreamState\":\"active\","
            + "\"RequestId\":\"5c1f9a3e-7b2d-4c1a-9f0e-3d2b1a0c9e8f\"}}";

    private Stub() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        Buffer lvb = Buffer.buffer(LVB_BODY);
        Buffer tencent = Buffer.buffer(TENCENT_BODY);
        String lvbLength = Integer.toString(lvb.length());
        String tencentLength = Integer.toString(tencent.length());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch listening = new CountDownLatch(1);
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true).setHost("127.0.0.1")
                .setPort(port).setIdleTimeout(0));
        server.requestHandler((HttpServerRequest req) -> {
            boolean isLvb = req.path().startsWith("/common_access");
            if (seen.size() < 16 && seen.add(isLvb + " " + req.getHeader("User-Agent"))) {
                System.out.println("stub: first " + (isLvb ? "LVB" : "other") + " request from "
                        + req.getHeader("User-Agent") + ": " + req.method() + " " + req.uri() + " headers="
                        + req.headers().names());
            }
            req.end().onComplete(ignored -> req.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Content-Length", isLvb ? lvbLength : tencentLength)
                    .end(isLvb ? lvb : tencent));
        });
        server.listen().onComplete(ar -> {
            if (ar.failed()) {
                ar.cause().printStackTrace();
                System.exit(2);
            }
            listening.countDown();
        });
        listening.await();
        System.out.println("READY " + port);
        System.out.flush();
        // Runs until the harness ends the process (or its standard input closes).
        while (System.in.read() >= 0) {
            // wait
        }
        vertx.close();
        System.exit(0);
    }
}
