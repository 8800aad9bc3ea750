package dev.lvb.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A client of a running simulator's control API ({@code /simulator/...}), for code that cannot hold the
 * {@link LvbSimulator} object: another process, or a Quarkus test whose simulator was started by the Dev Service (or
 * in another class loader). The same endpoints are what {@code curl} and the demo page use.
 */
public final class LvbSimulatorControl {

    /**
     * One answer of the control API.
     *
     * @param status the HTTP status
     * @param body the JSON answer
     */
    public record Answer(int status, JsonObject body) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LvbSimulatorControl(URI baseUri) {
        String b = baseUri.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
    }

    /**
     * @param baseUri the simulator's base URI ({@link LvbSimulator#baseUri()})
     * @return a client of its control API
     */
    public static LvbSimulatorControl of(URI baseUri) {
        return new LvbSimulatorControl(Objects.requireNonNull(baseUri, "baseUri"));
    }

    /**
     * Starts a push of a stream (the begin notification follows).
     *
     * @param streamId the stream
     * @return the simulator's answer
     */
    public Answer push(String streamId) {
        return send("POST", "/simulator/streams/" + encode(streamId) + "/push", "{}");
    }

    /**
     * Starts a push from a signed push URL: its {@code txSecret}/{@code txTime} become the push's
     * {@code stream_param} (checked when the simulator has a push key).
     *
     * @param streamId the stream
     * @param pushUrl a push URL, as {@link dev.lvb.core.url.LvbStreamUrls} builds it
     * @return the simulator's answer
     */
    public Answer push(String streamId, String pushUrl) {
        return send("POST", "/simulator/streams/" + encode(streamId) + "/push",
                LvbJson.provider().createObjectBuilder().add("url", pushUrl).build().toString());
    }

    /**
     * Starts a push of a stream by one of the simulator's APPIDs (its notifications carry and are signed for it).
     *
     * @param streamId the stream
     * @param appId one of the simulator's APPIDs
     * @return the simulator's answer
     */
    public Answer push(String streamId, long appId) {
        return send("POST", "/simulator/streams/" + encode(streamId) + "/push",
                LvbJson.provider().createObjectBuilder().add("appId", appId).build().toString());
    }

    /**
     * Sends the sample notification of one of today's types for a stream.
     *
     * @param streamId the stream
     * @param eventType LVB's {@code event_type}
     * @return the simulator's answer
     */
    public Answer sendEvent(String streamId, int eventType) {
        return send("POST", "/simulator/streams/" + encode(streamId) + "/events/" + eventType, "{}");
    }

    /**
     * Ends a push (the end notification follows).
     *
     * @param streamId the stream
     * @return the simulator's answer
     */
    public Answer stop(String streamId) {
        return send("POST", "/simulator/streams/" + encode(streamId) + "/stop", "{}");
    }

    /**
     * Takes a screenshot of a live stream (queue entry and notification).
     *
     * @param streamId the stream
     * @return the simulator's answer
     */
    public Answer screenshot(String streamId) {
        return send("POST", "/simulator/streams/" + encode(streamId) + "/screenshot", "{}");
    }

    /** @return the state of every stream */
    public Answer streams() {
        return send("GET", "/simulator/streams", null);
    }

    /** @return the log of notifications sent */
    public Answer callbacks() {
        return send("GET", "/simulator/callbacks", null);
    }

    /**
     * Points the simulator's notifications at a URL ({@code null} stops them).
     *
     * @param url where notifications go, or {@code null}
     * @return the simulator's answer
     */
    public Answer setCallbackUrl(URI url) {
        String body = LvbJson.provider().createObjectBuilder()
                .add("url", url == null ? JsonValue.NULL : LvbJson.provider().createValue(url.toString())).build()
                .toString();
        return send("PUT", "/simulator/callback-url", body);
    }

    /** @return the simulator's settings (app id, URLs, callback URL, time) */
    public Answer info() {
        return send("GET", "/simulator", null);
    }

    /**
     * Forgets every stream, task, session and notification.
     *
     * @return the simulator's answer
     */
    public Answer reset() {
        return send("POST", "/simulator/reset", "{}");
    }

    /**
     * Waits until at least {@code count} notifications were delivered (answered 200 + code 0).
     *
     * @param count how many
     * @param timeout how long to wait at most
     * @return the callback log at that moment
     * @throws AssertionError with the log when the time is up
     */
    public JsonObject awaitDelivered(int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        JsonObject log;
        do {
            log = callbacks().body();
            long delivered = log.getJsonArray("callbacks").stream()
                    .filter(v -> v instanceof JsonObject o && o.get("state") instanceof JsonString s
                            && "DELIVERED".equals(s.getString()))
                    .count();
            if (delivered >= count) {
                return log;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        } while (Instant.now().isBefore(end));
        throw new AssertionError("fewer than " + count + " notifications delivered within " + timeout + ": " + log);
    }

    private Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body().isBlank() ? "{}" : response.body();
            return new Answer(response.statusCode(), LvbJson.parseObject(text));
        } catch (IOException e) {
            throw new IllegalStateException("LVB simulator at " + base + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling the LVB simulator", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
