package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.client.cloud.LvbCloudCallListener;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.quarkus.runtime.LvbCloudMetrics;
import dev.lvb.simulator.LvbSimulatorCloud;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The Cloud API 3.0 client against the simulator Dev Service, with Micrometer (Prometheus) and SmallRye Health:
 * blocking and {@code Uni} calls are timed per action and outcome, an application's own {@link LvbCloudCallListener}
 * hears them too, no credential reaches a tag, and the opt-in readiness check covers the Cloud API.
 */
class LvbCloudMetricsTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(AppListener.class, Prometheus.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.lvb.health.enabled", "true");

    static final String STATE = LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE.wireName();
    static final String DROP = LvbCloudAction.DROP_LIVE_STREAM.wireName();

    @Inject
    @RestClient
    LvbCloudApi live;

    @Inject
    AppListener appListener;

    @ConfigProperty(name = "quarkus.lvb.devservices.simulator-url")
    URI simulatorUrl;

    @Test
    void callsAreTimedPerActionAndOutcome() {
        assertThat(LvbSimulatorControl.of(simulatorUrl).push("cloud_metrics").status()).isEqualTo(200);
        String before = Prometheus.scrape();
        int heardBefore = appListener.heard().size();
        var state = new DescribeLiveStreamStateRequest("live", null, "cloud_metrics");

        assertThat(live.describeLiveStreamState(state).streamState()).isEqualTo("active");
        assertThat(live.describeLiveStreamStateAsync(state).await().atMost(Duration.ofSeconds(30)).streamState())
                .isEqualTo("active");
        var drop = new DropLiveStreamRequest("cloud_metrics", null, "live");
        live.dropLiveStream(drop);
        assertThat(catchThrowable(() -> live.dropLiveStreamAsync(drop).await().atMost(Duration.ofSeconds(30))))
                .isInstanceOf(LvbCloudException.class);

        String after = Prometheus.scrape();
        assertThat(delta(before, after, calls(STATE, "success"))).isEqualTo(2);
        assertThat(delta(before, after, calls(DROP, "success"))).isEqualTo(1);
        assertThat(delta(before, after, calls(DROP, "cloud_error"))).isEqualTo(1);
        assertThat(after).contains("# TYPE lvb_cloud_calls_seconds summary")
                .doesNotContain(LvbSimulatorCloud.SECRET_ID).doesNotContain(LvbSimulatorCloud.SECRET_KEY);
        assertThat(appListener.heard().subList(heardBefore, appListener.heard().size())).containsExactly(
                STATE + ":null", STATE + ":null", DROP + ":null", DROP + ":LvbCloudException");
        assertThat(Arc.container().instance(LvbCloudMetrics.class).isAvailable()).isTrue();
    }

    @Test
    void theReadinessCheckCoversTheCloudApi() {
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'LVB Cloud API' }.status")).isEqualTo("UP");
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'LVB Cloud API' }.data");
        assertThat(data).containsEntry("action", "DescribeLiveStreamOnlineList").containsKey("liveStreams");
    }

    static double delta(String before, String after, String sample) {
        return Prometheus.value(after, sample) - Prometheus.value(before, sample);
    }

    static String calls(String action, String outcome) {
        return "lvb_cloud_calls_seconds_count{action=\"" + action + "\",outcome=\"" + outcome + "\"}";
    }

    /** An application's own listener: notified alongside the extension's metrics. */
    @ApplicationScoped
    public static class AppListener implements LvbCloudCallListener {
        private final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void onCall(LvbCloudAction action, Duration duration, Throwable failure) {
            heard.add(action.wireName() + ":" + (failure == null ? null : failure.getClass().getSimpleName()));
        }

        List<String> heard() {
            return List.copyOf(heard);
        }
    }
}
