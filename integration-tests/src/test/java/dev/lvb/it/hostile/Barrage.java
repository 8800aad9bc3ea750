package dev.lvb.it.hostile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the planned requests over real HTTP/1.1 with keep-alive: a fixed pool of workers, each taking the next
 * request in plan order, all sharing one {@link HttpClient} (and so its pool of connections). A notification that
 * must be acknowledged and is answered 409 (the same event is being processed by a concurrent request) is sent
 * again a little later, until it is acknowledged, as LVB does.
 */
public final class Barrage {

    /** Most re-sends after 409 before giving up on a request. */
    static final int MAX_RESENDS = 500;
    /** Pause before a re-send after 409. */
    static final long RESEND_PAUSE_MILLIS = 20;

    /**
     * What came back, by request index.
     *
     * @param status the final HTTP status, 0 when the request failed
     * @param body the final answer's body
     * @param resent how often it was answered 409 and sent again
     * @param error the transport failure, when there was one
     * @param nanos how long sending everything took
     */
    public record Results(int[] status, String[] body, int[] resent, String[] error, long nanos) {
    }

    private Barrage() {
    }

    /**
     * @param callback the receiver's URL
     * @param shots the requests, in order
     * @param workers how many requests are in flight at once
     * @return the answers
     */
    public static Results send(URI callback, List<Shot> shots, int workers) {
        int n = shots.size();
        int[] status = new int[n];
        String[] body = new String[n];
        int[] resent = new int[n];
        String[] error = new String[n];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "hostile-traffic");
            t.setDaemon(true);
            return t;
        });
        ExecutorService httpThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "hostile-traffic-http");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        // one client, so one pool of kept-alive connections (HttpClient is AutoCloseable from Java 21 on only)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(httpThreads).build();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        Shot shot = shots.get(i);
                        HttpRequest request = request(callback, shot);
                        for (int attempt = 0;; attempt++) {
                            try {
                                HttpResponse<String> answer = client.send(request,
                                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                                status[i] = answer.statusCode();
                                body[i] = answer.body();
                            } catch (IOException e) {
                                status[i] = 0;
                                error[i] = e.toString();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            if (status[i] != 409 || !shot.mustAcknowledge() || attempt >= MAX_RESENDS) {
                                break;
                            }
                            resent[i]++;
                            try {
                                Thread.sleep(RESEND_PAUSE_MILLIS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the hostile-traffic workers failed", e);
        } finally {
            pool.shutdownNow();
            httpThreads.shutdownNow();
        }
        return new Results(status, body, resent, error, System.nanoTime() - start);
    }

    private static HttpRequest request(URI callback, Shot shot) {
        byte[] bytes = shot.bytes();
        HttpRequest.BodyPublisher publisher = shot.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest.Builder b = HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(60)).POST(publisher);
        if (shot.contentType() != null) {
            b.header("Content-Type", shot.contentType());
        }
        return b.build();
    }
}
