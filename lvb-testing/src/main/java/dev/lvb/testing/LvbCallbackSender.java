package dev.lvb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Sends event notifications the way LVB does, for the application's own tests: the event's JSON plus
 * {@code t} (an expiry, "now + 10 minutes") and {@code sign = md5(key + t)}, POSTed as {@code application/json}.
 * <pre>{@code
 * @QuarkusTest
 * class StreamTrackingTest {
 *     @TestHTTPResource("/lvb/callback")
 *     URI callback;
 *
 *     @Test
 *     void streamBeginIsRecorded() {
 *         StreamBeginEvent begin = new StreamBeginEvent(1252033264L, "3954.livepush.myqcloud.com", "live",
 *                 "3954_x", "3954_x", 1471256200L, "5911795891871911817", "123.10.1.1", "127.0.0.1", "", 0, "",
 *                 null, null, null, null);
 *         HttpResponse<String> answer = LvbCallbackSender.post(callback, begin, "the-callback-key");
 *         assertEquals(200, answer.statusCode());
 *         assertEquals("{\"code\":0}", answer.body());
 *         // ... assert on what your @Observes StreamBeginEvent method did
 *     }
 * }
 * }</pre>
 * The key must be the one the receiver verifies with ({@code lvb.callback-key}, else {@code lvb.api-key}).
 * Thread-safe; uses one shared {@link HttpClient}.
 */
public final class LvbCallbackSender {

    /** LVB signs notifications to expire 10 minutes after sending. */
    public static final Duration LVB_VALIDITY = Duration.ofMinutes(10);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private LvbCallbackSender() {
    }

    /**
     * Signs and posts an event with {@code t = now + 10 minutes}, like LVB.
     *
     * @param callbackUrl the receiver's URL, e.g. {@code http://localhost:8081/lvb/callback}
     * @param event the event
     * @param key the callback key
     * @return the receiver's answer
     */
    public static HttpResponse<String> post(URI callbackUrl, LvbEvent event, String key) {
        return post(callbackUrl, event, key, defaultT());
    }

    /**
     * Signs and posts an event with an explicit {@code t} (to test expiry handling).
     *
     * @param callbackUrl the receiver's URL
     * @param event the event
     * @param key the callback key
     * @param t the expiry, UNIX seconds
     * @return the receiver's answer
     */
    public static HttpResponse<String> post(URI callbackUrl, LvbEvent event, String key, long t) {
        return post(callbackUrl, signedBody(event, key, t));
    }

    /**
     * Signs and posts a JSON object as it is (any fields, any {@code event_type}), replacing its {@code t} and
     * {@code sign}, with {@code t = now + 10 minutes}.
     *
     * @param callbackUrl the receiver's URL
     * @param body the notification without (or with stale) {@code t}/{@code sign}
     * @param key the callback key
     * @return the receiver's answer
     */
    public static HttpResponse<String> post(URI callbackUrl, JsonObject body, String key) {
        return post(callbackUrl, body, key, defaultT());
    }

    /**
     * Signs and posts a JSON object as it is, with an explicit {@code t}.
     *
     * @param callbackUrl the receiver's URL
     * @param body the notification
     * @param key the callback key
     * @param t the expiry, UNIX seconds
     * @return the receiver's answer
     */
    public static HttpResponse<String> post(URI callbackUrl, JsonObject body, String key, long t) {
        return post(callbackUrl, sign(body, key, t).toString());
    }

    /**
     * Posts a raw JSON object unchanged (no signing: to send deliberately broken notifications).
     *
     * @param callbackUrl the receiver's URL
     * @param body the body as sent
     * @return the receiver's answer
     */
    public static HttpResponse<String> post(URI callbackUrl, JsonObject body) {
        return post(callbackUrl, Objects.requireNonNull(body, "body").toString());
    }

    /**
     * Posts a raw text unchanged.
     *
     * @param callbackUrl the receiver's URL
     * @param body the body as sent
     * @return the receiver's answer
     */
    public static HttpResponse<String> post(URI callbackUrl, String body) {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(body, "body");
        HttpRequest request = HttpRequest.newBuilder(callbackUrl).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not post the LVB notification to " + callbackUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting the LVB notification", e);
        }
    }

    /**
     * @param event the event
     * @param key the callback key
     * @param t the expiry, UNIX seconds
     * @return the notification body LVB would send
     */
    public static String signedBody(LvbEvent event, String key, long t) {
        return LvbEvents.toSignedJson(event, key, t).toString();
    }

    /**
     * @param body a notification
     * @param key the callback key
     * @param t the expiry, UNIX seconds
     * @return a copy with {@code t} and {@code sign = md5(key + t)} set
     */
    public static JsonObject sign(JsonObject body, String key, long t) {
        return Json.createObjectBuilder(body).add(LvbEvents.T, t)
                .add(LvbEvents.SIGN, LvbSignature.sign(key, t)).build();
    }

    /** @return "now + 10 minutes" in UNIX seconds, the {@code t} LVB sends */
    public static long defaultT() {
        return Instant.now().getEpochSecond() + LVB_VALIDITY.getSeconds();
    }
}
