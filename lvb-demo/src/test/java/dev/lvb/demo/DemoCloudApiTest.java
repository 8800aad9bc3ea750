package dev.lvb.demo;

import static dev.lvb.demo.DemoEndToEndTest.awaitStream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The demo with {@code demo.api=cloud} against the simulator Dev Service: the same stream operations, each a Cloud
 * API 3.0 action ({@code lvbInterface} names it), with the same effect on the simulator and the same notifications.
 */
@QuarkusTest
@TestProfile(CloudApiProfile.class)
class DemoCloudApiTest {

    LvbSimulatorControl simulator;

    @BeforeEach
    void simulator() {
        String url = ConfigProvider.getConfig().getValue(DemoSettings.SIMULATOR_URL_KEY, String.class);
        simulator = LvbSimulatorControl.of(URI.create(url));
        String expected = "http://localhost:" + RestAssured.port + "/lvb/callback";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> expected.equals(simulator.info().body().getString("callbackUrl", null)));
    }

    @Test
    void banRefusedAllowOverTheCloudApi() {
        String id = "cloud_demo_ban";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("LIVE"))
                .body("live", equalTo(true)).body("lvbInterface", equalTo("DescribeLiveStreamState"));

        given().post("/streams/" + id + "/ban").then().statusCode(200).body("action", equalTo("ban"))
                .body("lvbInterface", equalTo("ForbidLiveStream"));
        awaitStream(id, s -> !s.getBoolean("live"));
        assertThat(simulator.push(id).status()).isEqualTo(403);
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("DISABLED"));

        given().post("/streams/" + id + "/allow").then().statusCode(200)
                .body("lvbInterface", equalTo("ResumeLiveStream"));
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
    }

    @Test
    void forbidDropAndRecordOverTheCloudApi() {
        String id = "cloud_demo_ops";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        String taskId = given().queryParam("minutes", "10").post("/streams/" + id + "/record").then().statusCode(200)
                .body("lvbInterface", equalTo("CreateRecordTask")).body("taskId", not(emptyOrNullString()))
                .extract().path("taskId");
        given().post("/streams/" + id + "/record/" + taskId + "/stop").then().statusCode(200)
                .body("lvbInterface", equalTo("StopRecordTask"));

        given().post("/streams/" + id + "/drop").then().statusCode(200).body("lvbInterface", equalTo("DropLiveStream"));
        awaitStream(id, s -> !s.getBoolean("live"));
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("INTERRUPTED"));
        // not live any more: Tencent's error comes back as a problem, typed by the client
        given().post("/streams/" + id + "/drop").then().statusCode(502)
                .body("lvbInterface", equalTo("DropLiveStream"))
                .body("lvbCode", equalTo("FailedOperation.HasNotLivingStream"));

        Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        given().queryParam("until", until.toString()).post("/streams/" + id + "/forbid").then().statusCode(200)
                .body("lvbInterface", equalTo("ForbidLiveStream")).body("until", equalTo(until.toString()));
        assertThat(simulator.push(id).status()).isEqualTo(403);
        given().post("/streams/" + id + "/resume").then().statusCode(200)
                .body("lvbInterface", equalTo("ResumeLiveStream"));
        assertThat(simulator.push(id).status()).isEqualTo(200);
    }
}
