package dev.lvb.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Explicit configuration wins over the embedded default: with {@code quarkus.rest-client."lvb".url}, APPID and key
 * set, no Dev Service simulator starts, the demo calls that LVB with those credentials, verifies notifications
 * with that key, and its simulator proxy is absent.
 */
@QuarkusTest
@TestProfile(ExplicitLvbProfile.class)
class ExplicitLvbTest {

    @Test
    void noDevServiceSimulatorStarts() {
        // Quarkus keeps the Dev Services of an application tested earlier in the same JVM running (another test
        // profile) and hands their configuration to later applications too. So the key may be present here, but
        // only as that leftover: no simulator was started for this application, and the client calls the
        // configured LVB.
        java.util.Optional<String> simulatorUrl = ConfigProvider.getConfig()
                .getOptionalValue(DemoSettings.SIMULATOR_URL_KEY, String.class);
        String leftover = System.getProperty(DemoEndToEndTest.SIMULATOR_SEEN_PROPERTY);
        if (leftover == null) {
            assertThat(simulatorUrl).isEmpty();
        } else {
            assertThat(simulatorUrl.orElse(leftover)).as("absent, or the earlier application's simulator")
                    .isEqualTo(leftover);
        }
        assertThat(lvbUrl()).isNotEqualTo(simulatorUrl.map(URI::create).orElse(null));
        given().get("/info").then().statusCode(200).body("mode", equalTo("lvb"))
                .body("simulatorUrl", nullValue()).body("simulatorProxy", nullValue())
                .body("appId", equalTo(Long.toString(StandaloneSimulatorResource.APP_ID)))
                .body("lvbUrl", equalTo(lvbUrl().toString()));
    }

    @Test
    void theSimulatorProxyIsAbsent() {
        for (String path : new String[] { "/simulator/streams/x_1/push", "/simulator/streams/x_1/stop",
                "/simulator/streams/x_1/screenshot" }) {
            given().post(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:lvb-demo:problem:simulator-not-running"))
                    .body("detail", containsString("quarkus.rest-client"));
        }
        given().get("/simulator/streams").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void callsAndNotificationsUseTheConfiguredLvbAndKey() {
        // RestAssured's port is the one this application listens on (random in tests)
        URI callback = URI.create("http://localhost:" + RestAssured.port + "/lvb/callback");
        LvbSimulatorControl lvb = LvbSimulatorControl.of(lvbUrl());
        assertThat(lvb.setCallbackUrl(callback).status()).isEqualTo(200);
        assertThat(lvb.push("explicit_1").status()).isEqualTo(200);

        // the notification, signed with the configured key, is accepted (on failure the simulator's log says why)
        lvb.awaitDelivered(1, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(
                given().get("/streams").then().extract().path("streams.find { it.streamId == 'explicit_1' }.live")));
        // the client signs with the configured APPID and key (the simulator checks both)
        given().get("/streams/explicit_1").then().statusCode(200).body("state", equalTo("LIVE"));
        given().post("/streams/explicit_1/ban").then().statusCode(200);
        assertThat(lvb.push("explicit_1").status()).isEqualTo(403);

        // a notification signed with another key is refused and changes nothing
        StreamBeginEvent forged = new StreamBeginEvent(StandaloneSimulatorResource.APP_ID, "push.example", "live",
                "forged_1", "forged_1", System.currentTimeMillis() / 1000, "1", "127.0.0.1", "127.0.0.1", "", 0, "",
                null, null, null, null);
        HttpResponse<String> answer = LvbCallbackSender.post(callback, forged, "lvb-simulator-api-key");
        assertThat(answer.statusCode()).as("a notification signed with another key").isEqualTo(401);
        given().get("/streams").then().statusCode(200)
                .body("streams.find { it.streamId == 'forged_1' }", nullValue());
        // the same notification with the configured key is accepted
        assertThat(LvbCallbackSender.post(callback, forged, StandaloneSimulatorResource.API_KEY).statusCode())
                .isEqualTo(200);
        given().get("/streams").then().statusCode(200)
                .body("streams.find { it.streamId == 'forged_1' }.live", equalTo(true));
    }

    private static URI lvbUrl() {
        return URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.\"lvb\".url", String.class));
    }
}
