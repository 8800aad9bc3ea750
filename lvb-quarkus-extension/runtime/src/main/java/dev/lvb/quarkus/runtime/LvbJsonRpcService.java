package dev.lvb.quarkus.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import dev.lvb.core.event.LvbSampleEvents;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Dev mode only: the data of the LVB card of the Dev UI, over Dev UI's JSON-RPC. The API and callback keys never
 * leave the application: the configuration shows only whether they are set.
 */
public class LvbJsonRpcService {

    static final String SET = "set";
    static final String NOT_SET = "not set";

    /** Every spelling of the REST client's URL, as {@code LvbDevServicesProcessor} knows them. */
    static final List<String> URL_KEYS = List.of("quarkus.rest-client.lvb.url", "quarkus.rest-client.\"lvb\".url",
            "quarkus.rest-client.lvb.uri", "quarkus.rest-client.\"lvb\".uri", "lvb/mp-rest/url", "lvb/mp-rest/uri");

    private final LvbConfig config;
    private final Instance<LvbNotificationLog> log;
    private final Instance<ValueRegistry> values;
    @Inject
    Instance<LvbReplayService> replays;
    @Inject
    Instance<LvbCallbackPaths> paths;

    /** For the container's proxy. */
    protected LvbJsonRpcService() {
        this(null, null, null);
    }

    /**
     * @param config the LVB configuration
     * @param log the notifications received (a dev-mode bean)
     * @param values where the HTTP server publishes its address
     */
    @Inject
    public LvbJsonRpcService(LvbConfig config, Instance<LvbNotificationLog> log, Instance<ValueRegistry> values) {
        this.config = config;
        this.log = log;
        this.values = values;
    }

    /**
     * @return {@code callbackUrl} (where LVB must post, or {@code null} when the endpoint is disabled),
     *         {@code callbackEnabled}, {@code devService} ({@code running}, {@code url}) and {@code properties}, a list
     *         of {@code name}/{@code value} pairs of the effective configuration with both keys masked
     */
    public Map<String, Object> getConfiguration() {
        Config mp = ConfigProvider.getConfig();
        boolean callbackEnabled = paths.get().enabled();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("callbackEnabled", callbackEnabled);
        result.put("callbackUrl", callbackEnabled ? callbackUrl().toString() : null);
        Map<String, Object> devService = new LinkedHashMap<>();
        Optional<URI> simulator = config.devservices().simulatorUrl();
        devService.put("running", simulator.isPresent());
        devService.put("url", simulator.map(URI::toString).orElse(null));
        result.put("devService", devService);

        List<Map<String, Object>> properties = new ArrayList<>();
        property(properties, "quarkus.lvb.active", config.active());
        property(properties, "quarkus.lvb.app-id", config.appId().map(String::valueOf).orElse(NOT_SET));
        property(properties, "quarkus.lvb.api-key", masked(config.apiKey()));
        property(properties, "quarkus.lvb.callback-key", config.callbackKey().filter(k -> !k.isEmpty()).isPresent()
                ? SET
                : NOT_SET + " (the API key signs notifications)");
        property(properties, "quarkus.rest-client.lvb.url", URL_KEYS.stream()
                .flatMap(k -> mp.getOptionalValue(k, String.class).stream()).findFirst()
                .orElse("(default) http://fcgi.video.qcloud.com"));
        property(properties, "quarkus.lvb.statcgi-url", config.statcgiUrl().map(URI::toString)
                .orElse("(default: the statcgi host, or the REST client's URL when it is not LVB's)"));
        property(properties, "quarkus.lvb.signature-validity", config.signatureValidity());
        LvbConfig.Wire wire = config.wire();
        property(properties, "quarkus.lvb.wire.fcgi-app-id-param", wire.fcgiAppIdParam());
        property(properties, "quarkus.lvb.wire.task-id-as-string", wire.taskIdAsString());
        property(properties, "quarkus.lvb.wire.channel-list-order-param", wire.channelListOrderParam());
        property(properties, "quarkus.lvb.wire.mix-query-interface", wire.mixQueryInterface());
        property(properties, "quarkus.lvb.callback.enabled", callbackEnabled);
        property(properties, "quarkus.lvb.callback.path", paths.get().defaultPath());
        LvbConfig.Callback callback = config.callback();
        property(properties, "quarkus.lvb.callback.verify-signature", callback.verifySignature());
        property(properties, "quarkus.lvb.callback.clock-skew", callback.clockSkew());
        property(properties, "quarkus.lvb.callback.max-lifetime", callback.maxLifetime());
        property(properties, "quarkus.lvb.callback.max-body-size", callback.maxBodySize().asLongValue() + " bytes");
        property(properties, "quarkus.lvb.callback.dedupe-window", callback.dedupeWindow());
        property(properties, "quarkus.lvb.callback.dedupe-max-entries", callback.dedupeMaxEntries());
        property(properties, "quarkus.lvb.health.enabled",
                mp.getOptionalValue("quarkus.lvb.health.enabled", Boolean.class).orElse(false));
        property(properties, "quarkus.lvb.metrics.enabled",
                mp.getOptionalValue("quarkus.lvb.metrics.enabled", Boolean.class).orElse(true));
        property(properties, "quarkus.lvb.devservices.enabled",
                mp.getOptionalValue("quarkus.lvb.devservices.enabled", Boolean.class).orElse(true));
        for (String account : new java.util.TreeSet<>(config.accounts().keySet())) {
            LvbConfig.NamedAccount named = config.accounts().get(account);
            String prefix = LvbAccountNames.prefix(account);
            property(properties, prefix + "active", named.active());
            property(properties, prefix + "app-id", named.appId().map(String::valueOf).orElse(NOT_SET));
            property(properties, prefix + "api-key", masked(named.apiKey()));
            property(properties, prefix + "callback-key", masked(named.callbackKey()));
            property(properties, prefix + "callback.path", paths.get().of(config, account));
        }
        result.put("properties", properties);
        return result;
    }

    /**
     * @return the last notifications received, newest first: {@code time} (ISO-8601), {@code eventType},
     *         {@code event}, {@code streamId}, {@code outcome}, {@code status}, {@code reason}
     */
    public List<Map<String, Object>> getNotifications() {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!log.isResolvable()) {
            return rows;
        }
        for (LvbNotificationLog.Entry e : log.get().latest()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("replayable", e.verified() != null);
            row.put("time", e.time().toString());
            row.put("eventType", e.eventType());
            row.put("event", e.event());
            row.put("streamId", e.streamId());
            row.put("outcome", e.outcome());
            row.put("status", e.status());
            row.put("reason", e.reason());
            rows.add(row);
        }
        return rows;
    }

    /**
     * Replays a received notification to the application's observers: re-signed with a fresh {@code t}, posted to
     * the real callback endpoint, delivered as a {@link dev.lvb.callback.LvbReplay} event.
     *
     * @param id the notification's {@code id} in {@link #getNotifications()}
     * @return the endpoint's {@code status} and {@code answer}, or an {@code error}
     */
    public Map<String, Object> replayNotification(long id) {
        return replays.isResolvable() ? replays.get().replay(id) : Map.of("error", "replay exists in dev mode only");
    }

    /** @return the sample notifications that {@link #sendSampleNotification} can send: {@code eventType}, {@code label} */
    public List<Map<String, Object>> getSampleTypes() {
        List<Map<String, Object>> types = new ArrayList<>();
        LvbSampleEvents.types().forEach((type, label) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("eventType", type);
            t.put("label", label);
            types.add(t);
        });
        return types;
    }

    /**
     * Sends a new sample notification of a type the library knows, signed as LVB signs them, to the real callback
     * endpoint.
     *
     * @param eventType the {@code event_type}
     * @param streamId the stream it is about
     * @return the endpoint's {@code status} and {@code answer}, or an {@code error}
     */
    public Map<String, Object> sendSampleNotification(int eventType, String streamId) {
        return replays.isResolvable() ? replays.get().sendSample(eventType, streamId)
                : Map.of("error", "samples exist in dev mode only");
    }

    /** @return how many notifications were received since the start (for the card's label) */
    public long getNotificationCount() {
        return log.isResolvable() ? log.get().total() : 0;
    }

    /** @return {@code true} once the kept notifications are forgotten */
    public boolean clearNotifications() {
        if (log.isResolvable()) {
            log.get().clear();
        }
        return true;
    }

    /** The URL LVB must post to: the HTTP server's address and root path, the REST root, the callback path. */
    URI callbackUrl() {
        URI base = null;
        if (values.isResolvable()) {
            ValueRegistry registry = values.get();
            if (registry.containsKey(HttpServer.LOCAL_BASE_URI)) {
                base = registry.get(HttpServer.LOCAL_BASE_URI);
            }
        }
        if (base == null) {
            Config mp = ConfigProvider.getConfig();
            String host = mp.getOptionalValue("quarkus.http.host", String.class).orElse("localhost");
            int port = mp.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
            String root = mp.getOptionalValue("quarkus.http.root-path", String.class).orElse("/");
            base = URI.create("http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port
                    + (root.startsWith("/") ? root : "/" + root));
        }
        return LvbDevServiceAnnouncer.callbackUrl(base, paths.get());
    }

    private static String masked(Optional<String> key) {
        return key.filter(k -> !k.isEmpty()).isPresent() ? SET : NOT_SET;
    }

    private static void property(List<Map<String, Object>> properties, String name, Object value) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("value", String.valueOf(value));
        properties.add(p);
    }
}
