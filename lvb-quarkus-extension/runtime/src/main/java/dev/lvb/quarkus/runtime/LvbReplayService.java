package dev.lvb.quarkus.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.internal.LvbReplayGate;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.LvbSampleEvents;
import dev.lvb.core.json.LvbJson;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

/**
 * Dev mode only (registered by the extension in dev mode, never in production): re-sends notifications through the
 * application's real callback endpoint, so that a developer can exercise an observer without pushing a stream.
 * <ul>
 * <li>{@link #replay(long)}: a notification received earlier, re-signed with a fresh {@code t}; it carries a
 * one-time token that this gate admits once, so the endpoint delivers it as a {@link dev.lvb.callback.LvbReplay}
 * event and does not filter it as a duplicate;</li>
 * <li>{@link #sendSample(int, String)}: a new sample notification of any type the library knows
 * ({@link LvbSampleEvents}), signed like LVB signs them; an ordinary notification.</li>
 * </ul>
 */
@Singleton
public class LvbReplayService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LvbNotificationLog log;
    private final LvbCredentialsProvider credentials;
    private final LvbCallbackSettings settings;
    private final LvbJsonRpcService endpoint;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock = Clock.systemUTC();

    /**
     * @param log the notifications received
     * @param credentials the callback key
     * @param settings the accepted window of {@code t}
     * @param endpoint knows the callback URL
     */
    @Inject
    public LvbReplayService(LvbNotificationLog log, LvbCredentialsProvider credentials, LvbCallbackSettings settings,
            LvbJsonRpcService endpoint) {
        this.log = log;
        this.credentials = credentials;
        this.settings = settings;
        this.endpoint = endpoint;
    }

    /**
     * Replays a notification received earlier (one the endpoint verified).
     *
     * @param id the notification's {@link LvbNotificationLog.Entry#id()}
     * @return {@code status} and {@code answer} of the endpoint, or {@code error}
     */
    public Map<String, Object> replay(long id) {
        LvbEvent event = log.find(id).map(LvbNotificationLog.Entry::verified).orElse(null);
        if (event == null) {
            return Map.of("error", "notification " + id + " is not kept or was not verified: nothing to replay");
        }
        String token = HexFormat.of().formatHex(bytes());
        tokens.add(token);
        try {
            return post(LvbEvents.toJson(event), token);
        } finally {
            tokens.remove(token); // admitted or not: a token is good for this one request only
        }
    }

    /**
     * Sends a new sample notification.
     *
     * @param eventType one of {@link LvbSampleEvents#types()}
     * @param streamId the stream it is about
     * @return {@code status} and {@code answer} of the endpoint, or {@code error}
     */
    public Map<String, Object> sendSample(int eventType, String streamId) {
        if (!LvbSampleEvents.types().containsKey(eventType)) {
            return Map.of("error", "no sample for event_type " + eventType + "; known: "
                    + LvbSampleEvents.types().keySet());
        }
        String stream = streamId == null || streamId.isBlank() ? "sample_stream" : streamId.trim();
        LvbCredentials c = credentials.credentials();
        Long appId = c == null || c.isCallbackOnly() ? null : c.appId();
        try {
            return post(LvbSampleEvents.of(eventType, appId, "sample.livepush.myqcloud.com", "live", stream,
                    clock.instant()).orElseThrow(), null);
        } catch (IllegalArgumentException e) {
            return Map.of("error", e.getMessage());
        }
    }

    /** @return this service as the endpoint's replay gate (a producer: no internal type in the public API) */
    @Produces
    @Singleton
    LvbReplayGate replayGate() {
        return this::admit;
    }

    /**
     * @param token the replay header's value
     * @return whether this service issued the token and has not admitted it yet (a token is admitted once)
     */
    public boolean admit(String token) {
        return tokens.remove(token);
    }

    private Map<String, Object> post(JsonObject unsigned, String token) {
        LvbCredentials c = credentials.credentials();
        String key = c == null ? null : c.effectiveCallbackKey();
        if (key == null) {
            return Map.of("error", "no callback key: set quarkus.lvb.api-key (or quarkus.lvb.callback-key)");
        }
        // as LVB does: t = sending time + the lifetime the receiver accepts (10 minutes by default)
        long t = clock.instant().getEpochSecond() + settings.maxLifetime().getSeconds();
        String body = LvbJson.provider().createObjectBuilder(unsigned).add(LvbEvents.T, t)
                .add(LvbEvents.SIGN, LvbSignature.sign(key, t)).build().toString();
        URI url = endpoint.callbackUrl();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header(LvbReplayGate.HEADER, token);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Map.of("status", answer.statusCode(), "answer", answer.body());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Map.of("error", "could not post to " + url + ": " + e);
        }
    }

    private static byte[] bytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}
