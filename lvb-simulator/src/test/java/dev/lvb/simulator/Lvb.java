package dev.lvb.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.json.LvbReplies;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.LvbRequest;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.MixStreamBody;
import jakarta.json.JsonObject;

/**
 * A minimal LVB client for the tests, on plain java.net.http: signs like LVB's documentation, writes requests with
 * lvb-core's request models and reads answers with lvb-core's reply decoder and models.
 */
final class Lvb {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z"); // 10:00:00 in China Standard Time

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final LvbSimulator sim;
    private final LvbWireOptions wire;

    Lvb(LvbSimulator sim) {
        this(sim, LvbWireOptions.DEFAULTS);
    }

    Lvb(LvbSimulator sim, LvbWireOptions wire) {
        this.sim = sim;
        this.wire = wire;
    }

    /** @return a signed query for an API, {@code t = now + 60} */
    String query(LvbInterface api, LvbParams business) {
        long t = sim.config().clock().instant().getEpochSecond() + 60;
        return query(wire.appIdParam(api.host()), Long.toString(sim.config().appId()), wire.queryInterface(api),
                Long.toString(t), LvbSignature.sign(sim.config().apiKey(), t), business);
    }

    /** @return a query with every front-end parameter given explicitly ({@code null} leaves one out) */
    String query(String appIdParam, String appId, String iface, String t, String sign, LvbParams business) {
        LvbParams.Builder b = LvbParams.builder();
        if (appIdParam != null) {
            b.raw(appIdParam, appId);
        }
        b.raw("interface", iface).raw("t", t).raw("sign", sign);
        if (business != null) {
            for (Map.Entry<String, String> e : business.entries()) {
                b.raw(wire.wireName(e.getKey()), e.getValue());
            }
        }
        return b.build().toFormEncoded();
    }

    /** GETs a signed call and returns the raw body. */
    String get(LvbInterface api, LvbRequest request) {
        return get(api, request == null ? null : LvbRequestParams.of(request));
    }

    String get(LvbInterface api, LvbParams params) {
        return send("GET", LvbHost.PATH + "?" + query(api, params), null, null).body();
    }

    /** GETs a signed call and decodes it like the client does. */
    <T> T call(LvbInterface api, LvbRequest request, Class<T> outputType) {
        return LvbReplies.decode(api, get(api, request), outputType);
    }

    <T> T call(LvbInterface api, LvbParams params, Class<T> outputType) {
        return LvbReplies.decode(api, get(api, params), outputType);
    }

    /** GETs a signed call and returns the raw JSON. */
    JsonObject json(LvbInterface api, LvbRequest request) {
        return LvbJson.parseObject(get(api, request));
    }

    JsonObject json(LvbInterface api, LvbParams params) {
        return LvbJson.parseObject(get(api, params));
    }

    /** POSTs a mixing body with the app id filled in. */
    String mixRaw(LvbInterface api, MixStreamBody body) {
        return mixRaw(wire.queryInterface(api), LvbJson.toJson(body.withAppId(sim.config().appId())));
    }

    String mixRaw(String queryInterface, String jsonBody) {
        long t = sim.config().clock().instant().getEpochSecond() + 60;
        String q = query("appid", Long.toString(sim.config().appId()), queryInterface, Long.toString(t),
                LvbSignature.sign(sim.config().apiKey(), t), null);
        return send("POST", LvbHost.PATH + "?" + q, jsonBody, "application/json").body();
    }

    MixResult mix(LvbInterface api, MixStreamBody body) {
        return LvbReplies.decodeMix(api, mixRaw(api, body));
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body, String contentType) {
        return send(sim.baseUri(), method, pathAndQuery, body, contentType);
    }

    static HttpResponse<String> send(URI base, String method, String pathAndQuery, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A configuration for tests: fixed clock at {@link #T0}, no background ticks, fast retries. */
    static LvbSimulatorConfig.Builder testConfig(AdjustableClock clock) {
        return LvbSimulatorConfig.builder().clock(clock).tickInterval(null)
                .callbackRetry(new CallbackRetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(2)));
    }
}
