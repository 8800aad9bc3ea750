package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.client.LvbCallListener;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.quarkus.runtime.LvbJsonRpcService;
import dev.lvb.quarkus.runtime.LvbMetrics;
import dev.lvb.quarkus.runtime.LvbNotificationLog;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * With Micrometer (Prometheus) and SmallRye Health in the application: API calls are timed per interface and outcome,
 * notifications counted per event type and outcome; the readiness check stays off by default; the Dev UI beans exist
 * in dev mode only; an application's own call listener is notified alongside the metrics.
 */
class LvbMetricsTest {

    static final String KEY = "metrics-test-key";
    static final String SIMULATOR_URL = Simulators.url("metrics-test", LvbCredentials.of(1252033264L, KEY));
    static final LvbSimulatorControl SIMULATOR = LvbSimulatorControl.of(java.net.URI.create(SIMULATOR_URL));

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(AppListener.class, Simulators.class, Prometheus.class))
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", KEY)
            .overrideConfigKey("quarkus.rest-client.lvb.url", SIMULATOR_URL);

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    @RestClient
    LvbReactiveApi reactive;

    @Inject
    AppListener appListener;

    static String getStatus = LvbInterface.CHANNEL_GET_STATUS.wireName();
    static String liveChannels = LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST.wireName();

    @Test
    void callsAreTimedPerInterfaceAndOutcome() {
        String before = Prometheus.scrape();
        int heardBefore = appListener.heard().size();
        assertThat(SIMULATOR.push("metrics_1").status()).isEqualTo(200);

        assertThat(lvb.getStatus("metrics_1").isLive()).isTrue();
        assertThat(catchThrowable(() -> lvb.getStatus("never_pushed_m"))).isInstanceOf(LvbApiException.class);
        assertThat(catchThrowable(() -> lvb.getStatus("bad id"))).isInstanceOf(LvbValidationException.class);
        assertThat(reactive.getLiveChannelList().await().atMost(Duration.ofSeconds(10)).streamIds())
                .contains("metrics_1");

        String after = Prometheus.scrape();
        assertThat(delta(before, after, Prometheus.calls(getStatus, "success"))).isEqualTo(1);
        assertThat(delta(before, after, Prometheus.calls(getStatus, "lvb_error"))).isEqualTo(1);
        assertThat(delta(before, after, Prometheus.calls(getStatus, "validation_error"))).isEqualTo(1);
        assertThat(delta(before, after, Prometheus.calls(liveChannels, "success"))).isEqualTo(1);
        assertThat(after).contains("lvb_client_calls_seconds_sum{account=\"default\",interface=\"" + getStatus + "\",outcome=\"success\"}")
                .contains("# TYPE lvb_client_calls_seconds summary");
        // the application's own listener hears the same calls
        assertThat(appListener.heard().subList(heardBefore, appListener.heard().size())).containsExactly(
                getStatus + ":null", getStatus + ":LvbApiException", getStatus + ":LvbValidationException",
                liveChannels + ":null");
    }

    @Test
    void notificationsAreCountedPerEventTypeAndOutcome() {
        String before = Prometheus.scrape();
        long t = Instant.now().getEpochSecond() + 600;
        StreamBeginEvent begin = new StreamBeginEvent(1252033264L, "x.livepush.myqcloud.com", "live", "metrics_cb",
                "metrics_cb", 1_700_000_000L, "5911795891871911817", "10.0.0.1", "127.0.0.1", "", null, null, null,
                null, null, null);
        String signed = LvbEvents.toSignedJson(begin, KEY, t).toString();
        given().body(signed).post("/lvb/callback").then().statusCode(200);
        given().body(signed).post("/lvb/callback").then().statusCode(200); // a duplicate
        given().body(LvbEvents.toSignedJson(begin, "not-the-key", t).toString()).post("/lvb/callback").then()
                .statusCode(401);
        String unknown = dev.lvb.core.json.LvbJson.provider().createObjectBuilder()
                .add("event_type", 999).add("stream_id", "metrics_cb").add("t", t)
                .add("sign", dev.lvb.core.LvbSignature.sign(KEY, t)).build().toString();
        given().body(unknown).post("/lvb/callback").then().statusCode(200);

        String after = Prometheus.scrape();
        assertThat(delta(before, after, Prometheus.notifications("1", "accepted"))).isEqualTo(1);
        assertThat(delta(before, after, Prometheus.notifications("1", "duplicate"))).isEqualTo(1);
        assertThat(delta(before, after, Prometheus.notifications("unknown", "rejected_signature"))).isEqualTo(1);
        assertThat(delta(before, after, Prometheus.notifications("other", "accepted"))).as("an UnknownEvent")
                .isEqualTo(1);
        assertThat(after).doesNotContain("event_type=\"999\"");
    }

    @Test
    void theReadinessCheckIsOffByDefault() {
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getList("checks.name", String.class)).doesNotContain("LVB");
    }

    @Test
    void beansOfThisMode() {
        assertThat(Arc.container().instance(LvbMetrics.class).isAvailable()).isTrue();
        // dev mode only
        assertThat(Arc.container().instance(LvbNotificationLog.class).isAvailable()).isFalse();
        assertThat(Arc.container().instance(LvbJsonRpcService.class).isAvailable()).isFalse();
    }

    static double delta(String before, String after, String sample) {
        return Prometheus.value(after, sample) - Prometheus.value(before, sample);
    }

    /** An application's own call listener: found and notified alongside the extension's metrics. */
    @ApplicationScoped
    public static class AppListener implements LvbCallListener {
        private final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void onCall(LvbInterface api, Duration duration, Throwable failure) {
            heard.add(api.wireName() + ":" + (failure == null ? null : failure.getClass().getSimpleName()));
        }

        List<String> heard() {
            return List.copyOf(heard);
        }
    }
}
