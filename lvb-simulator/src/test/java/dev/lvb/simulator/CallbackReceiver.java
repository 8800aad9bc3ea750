package dev.lvb.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import com.sun.net.httpserver.HttpServer;

import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.LvbVerification;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * The customer's side of LVB notifications, for tests: a JDK HTTP server that verifies each notification's
 * {@code t}/{@code sign} with lvb-core's verifier, records it, and answers with scripted replies (then
 * {@code {"code":0}}).
 */
final class CallbackReceiver implements AutoCloseable {

    /** What to answer. */
    record Reply(int status, String body, Duration delay, java.util.concurrent.CountDownLatch hold) {
        Reply(int status, String body, Duration delay) {
            this(status, body, delay, null);
        }

        static Reply ok() {
            return new Reply(200, "{\"code\":0}", Duration.ZERO);
        }

        static Reply of(int status, String body) {
            return new Reply(status, body, Duration.ZERO);
        }

        /** {@code {"code":0}} once the test opens {@code hold}: a deterministic "slow" receiver. */
        static Reply held(java.util.concurrent.CountDownLatch hold) {
            return new Reply(200, "{\"code\":0}", Duration.ZERO, hold);
        }
    }

    /** One received notification. */
    record Received(JsonObject body, String contentType, LvbVerification verification, long receivedNanos) {
        int eventType() {
            return LvbEvents.eventTypeOf(body).orElse(-1);
        }

        String streamId() {
            return body.get("stream_id") instanceof JsonString s ? s.getString() : null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final java.util.Map<String, ConcurrentLinkedDeque<Reply>> streamScripts =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Received> received = new ArrayList<>();

    CallbackReceiver(String key, Clock clock) {
        // No 40 ms delayed-ACK stalls on the JDK server (read once per JVM; Surefire sets it as well).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        LvbSignatureVerifier verifier = new LvbSignatureVerifier(clock, Duration.ZERO,
                LvbSignatureVerifier.DEFAULT_MAX_LIFETIME);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/lvb/events", ex -> {
            byte[] bytes = ex.getRequestBody().readAllBytes();
            JsonObject body = LvbJson.parseObject(bytes);
            LvbVerification v = verifier.verify(key, body.get("t"), body.get("sign") instanceof JsonString s
                    ? s.getString() : null);
            synchronized (received) {
                received.add(new Received(body, ex.getRequestHeaders().getFirst("Content-Type"), v,
                        System.nanoTime()));
                received.notifyAll();
            }
            String stream = body.get("stream_id") instanceof JsonString sid ? sid.getString() : "";
            ConcurrentLinkedDeque<Reply> own = streamScripts.get(stream);
            Reply reply = own == null ? null : own.pollFirst();
            if (reply == null) {
                reply = script.pollFirst();
            }
            if (reply == null) {
                reply = Reply.ok();
            }
            if (reply.hold() != null) {
                try {
                    reply.hold().await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            try {
                ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            } catch (IOException clientGone) {
                // The simulator gave up waiting.
            }
            ex.close();
        });
        server.start();
    }

    /** Queues replies for the next notifications (afterwards: {@code {"code":0}}). */
    CallbackReceiver answer(Reply... replies) {
        for (Reply r : replies) {
            script.addLast(r);
        }
        return this;
    }

    /** Queues replies for the next notifications about one stream. */
    CallbackReceiver answerFor(String streamId, Reply... replies) {
        ConcurrentLinkedDeque<Reply> own = streamScripts.computeIfAbsent(streamId, k -> new ConcurrentLinkedDeque<>());
        for (Reply r : replies) {
            own.addLast(r);
        }
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lvb/events");
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits for at least {@code count} notifications. */
    List<Received> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " notifications, got " + received.size());
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
