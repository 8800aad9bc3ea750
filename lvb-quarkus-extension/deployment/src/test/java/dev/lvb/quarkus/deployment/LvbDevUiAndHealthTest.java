package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.quarkus.runtime.LvbJsonRpcService;
import dev.lvb.quarkus.runtime.LvbNotificationLog;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;

/**
 * An application whose simulator Dev Service runs, with non-default paths:
 * <ul>
 * <li>the Dev UI's data service, as a bean: registered here as the Dev UI registers it in dev mode (with the dev-mode
 * notification log); the keys never appear in what it sends to the browser;</li>
 * <li>quarkus.lvb.health.enabled=true: the readiness check "LVB" is UP while LVB (the simulator) answers (one
 * application for both, to keep the test time down).</li>
 * </ul>
 */
class LvbDevUiAndHealthTest {

    static final String API_KEY = "devui-api-key-0123456789";
    static final String CALLBACK_KEY = "devui-callback-key-9876543210";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.http.root-path", "/app")
            .overrideConfigKey("quarkus.rest.path", "/api")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", API_KEY)
            .overrideConfigKey("quarkus.lvb.callback-key", CALLBACK_KEY)
            .overrideConfigKey("quarkus.lvb.health.enabled", "true")
            .addBuildChainCustomizer(devModeBeans());

    /** What the extension and the Dev UI register in dev mode only. */
    static Consumer<BuildChainBuilder> devModeBeans() {
        return chain -> chain.addBuildStep(new BuildStep() {
            @Override
            public void execute(BuildContext context) {
                context.produce(AdditionalBeanBuildItem.builder()
                        .addBeanClasses(LvbNotificationLog.class, LvbJsonRpcService.class)
                        .setDefaultScope(io.quarkus.arc.processor.BuiltinScope.APPLICATION.getName())
                        .setUnremovable().build());
            }
        }).produces(AdditionalBeanBuildItem.class).build();
    }

    @Inject
    LvbJsonRpcService service;

    @ConfigProperty(name = "quarkus.lvb.devservices.simulator-url")
    URI simulatorUrl;

    @TestHTTPResource("/api/lvb/callback")
    URL callbackUrl;

    @BeforeEach
    void clear() {
        service.clearNotifications();
    }

    @Test
    void configurationWithMaskedKeysTheCallbackUrlAndTheDevService() throws Exception {
        Map<String, Object> configuration = service.getConfiguration();
        String json = JsonbBuilder.create().toJson(configuration);
        assertThat(json).doesNotContain(API_KEY).doesNotContain(CALLBACK_KEY).doesNotContain("0123456789")
                .doesNotContain("9876543210");

        assertThat(configuration).containsEntry("callbackEnabled", true);
        assertThat(configuration.get("callbackUrl")).isEqualTo(callbackUrl.toString())
                .isEqualTo("http://localhost:" + callbackUrl.getPort() + "/app/api/lvb/callback");
        @SuppressWarnings("unchecked")
        Map<String, Object> devService = (Map<String, Object>) configuration.get("devService");
        assertThat(devService).containsEntry("running", true).containsEntry("url", simulatorUrl.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> properties = (List<Map<String, Object>>) configuration.get("properties");
        assertThat(properties).contains(Map.of("name", "quarkus.lvb.api-key", "value", "set"),
                Map.of("name", "quarkus.lvb.callback-key", "value", "set"),
                Map.of("name", "quarkus.lvb.app-id", "value", "1252033264"),
                Map.of("name", "quarkus.rest-client.lvb.url", "value", simulatorUrl.toString()),
                Map.of("name", "quarkus.lvb.callback.path", "value", "/lvb/callback"),
                Map.of("name", "quarkus.lvb.metrics.enabled", "value", "true"));
    }

    @Test
    void notificationsFromTheSimulatorAndForgedOnesAreListedNewestFirst() {
        LvbSimulatorControl simulator = LvbSimulatorControl.of(simulatorUrl);
        assertThat(simulator.push("devui_1").status()).isEqualTo(200);
        simulator.awaitDelivered(1, Duration.ofSeconds(15));

        StreamEndEvent end = new StreamEndEvent(1252033264L, "x.livepush.myqcloud.com", "live", "devui_2", "devui_2",
                1_700_000_000L, "5911795891871911817", "10.0.0.1", "127.0.0.1", "", 1, "recv rtmp deleteStream", null,
                null, null, null, 61234L);
        given().body(LvbEvents.toSignedJson(end, API_KEY, Instant.now().getEpochSecond() + 600).toString())
                .post("/api/lvb/callback").then().statusCode(401);

        List<Map<String, Object>> rows = service.getNotifications();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("outcome", "REJECTED_SIGNATURE").containsEntry("status", 401)
                .containsEntry("eventType", null).containsEntry("streamId", null);
        assertThat(rows.get(1)).containsEntry("outcome", "ACCEPTED").containsEntry("status", 200)
                .containsEntry("eventType", 1).containsEntry("event", "StreamBeginEvent")
                .containsEntry("streamId", "devui_1");
        assertThat(Instant.parse((String) rows.get(1).get("time"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(service.getNotificationCount()).isEqualTo(2);
        assertThat(JsonbBuilder.create().toJson(rows)).doesNotContain(API_KEY).doesNotContain(CALLBACK_KEY);

        assertThat(service.clearNotifications()).isTrue();
        assertThat(service.getNotifications()).isEmpty();
    }

    @Test
    void readinessCheckIsUpWithTheNumberOfLiveChannels() {
        // (no push here: the simulator would notify the application, which the notification test counts)
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'LVB' }.status")).isEqualTo("UP");
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'LVB' }.data");
        assertThat(data).containsEntry("interface", "Live_Channel_GetLiveChannelList");
        assertThat(((Number) data.get("liveChannels")).intValue()).isNotNegative();
        // a readiness check only: liveness does not call LVB
        JsonPath live = given().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        assertThat(live.getList("checks.name", String.class)).doesNotContain("LVB");
        Map<String, Object> configuration = service.getConfiguration();
        assertThat(configuration.get("properties").toString()).contains("quarkus.lvb.health.enabled, value=true");
    }
}
