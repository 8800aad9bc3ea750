package dev.lvb.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.url.LvbAuthKey;
import dev.lvb.core.url.LvbUrlVerification;
import dev.lvb.core.url.LvbUrlVerifier;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The demo with zero LVB configuration: the Dev Service starts the simulator, the demo's endpoints drive it through
 * {@code @RestClient LvbApi} and its notifications reach the demo's board. Each test uses its own stream ids.
 */
@QuarkusTest
class DemoEndToEndTest {

    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(30);

    /** The Dev Service simulator's URL, for {@link ExplicitLvbTest} (a JVM-wide system property). */
    static final String SIMULATOR_SEEN_PROPERTY = "lvb-demo.test.dev-service-simulator";

    LvbSimulatorControl simulator;

    /** This application's base URL: RestAssured's port is the one it listens on (random in tests). */
    URI base;

    @BeforeEach
    void simulator() {
        base = URI.create("http://localhost:" + RestAssured.port + "/");
        String url = ConfigProvider.getConfig().getValue(DemoSettings.SIMULATOR_URL_KEY, String.class);
        simulator = LvbSimulatorControl.of(URI.create(url));
        System.setProperty(SIMULATOR_SEEN_PROPERTY, url);
        if (!callbackUrlChecked) {
            String expected = base.resolve("/lvb/callback").toString();
            // the extension announces the random test port itself once the HTTP server listens: never set it here
            await().atMost(CALLBACK_WAIT).pollInterval(Duration.ofMillis(50))
                    .alias("the LVB Dev Service announces " + expected + " to the simulator")
                    .until(() -> expected.equals(simulator.info().body().getString("callbackUrl", null)));
            callbackUrlChecked = true;
        }
    }

    private static volatile boolean callbackUrlChecked;

    // ---- the Dev Service ----------------------------------------------------------------------------------------

    @Test
    void theDevServiceStartsTheSimulatorWithZeroLvbConfiguration() {
        assertThat(ConfigProvider.getConfig().getOptionalValue("quarkus.lvb.devservices.simulator-url", String.class))
                .isPresent();
        LvbSimulatorControl.Answer info = simulator.info();
        assertThat(info.status()).isEqualTo(200);
        // the application announced its (random) test port: notifications come here
        assertThat(info.body().getString("callbackUrl"))
                .isEqualTo("http://localhost:" + base.getPort() + "/lvb/callback");

        given().get("/info").then().statusCode(200).body("mode", equalTo("simulator"))
                .body("simulatorProxy", equalTo("/simulator")).body("callbackPath", equalTo("/lvb/callback"))
                .body("lvbUrl", equalTo(info.body().getString("baseUri")));
    }

    // ---- the story of the issue ---------------------------------------------------------------------------------

    @Test
    void pushCallbackBanRefusedAllow() {
        String id = "e2e_ban";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        JsonPath live = stream(id);
        assertThat(live.getString("liveSince")).isNotNull();
        assertThat(live.getString("sequence")).isNotNull();
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("LIVE")).body("live", equalTo(true));

        given().post("/streams/" + id + "/ban").then().statusCode(200).body("action", equalTo("ban"))
                .body("lvbInterface", equalTo("Live_Channel_SetStatus"));
        // LVB kicked the push: the end notification arrives
        awaitStream(id, s -> !s.getBoolean("live") && s.getString("lastPush.ended") != null);

        // the simulator refuses a new push, and LVB reports the stream as disabled
        LvbSimulatorControl.Answer refused = simulator.push(id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().getString("outcome")).isEqualTo("DISABLED");
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("DISABLED"))
                .body("live", equalTo(false)).body("lvbInterface", equalTo("Live_Channel_GetStatus"));

        given().post("/streams/" + id + "/allow").then().statusCode(200).body("action", equalTo("allow"));
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("LIVE"));
    }

    @Test
    void dropKicksThePushButThePusherMayComeBack() {
        String id = "e2e_drop";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        given().post("/streams/" + id + "/drop").then().statusCode(200).body("action", equalTo("drop"));
        awaitStream(id, s -> !s.getBoolean("live"));
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("INTERRUPTED"));
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
    }

    @Test
    void forbidUntilATimeThenResume() {
        String id = "e2e_forbid";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        given().queryParam("until", until.toString()).post("/streams/" + id + "/forbid").then().statusCode(200)
                .body("action", equalTo("forbid")).body("lvbInterface", equalTo("channel_manager"))
                .body("until", equalTo(until.toString()));
        awaitStream(id, s -> !s.getBoolean("live"));
        LvbSimulatorControl.Answer refused = simulator.push(id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().getString("outcome")).isEqualTo("FORBIDDEN");
        given().get("/streams/" + id).then().statusCode(200).body("state", equalTo("DISABLED"));

        given().post("/streams/" + id + "/resume").then().statusCode(200).body("action", equalTo("resume"));
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
    }

    @Test
    void forbidAcceptsAnOffsetDateTime() {
        String id = "e2e_forbid_offset";
        String until = Instant.now().plus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.ofHours(8))
                .truncatedTo(ChronoUnit.SECONDS).toString();
        given().queryParam("until", until).post("/streams/" + id + "/forbid").then().statusCode(200)
                .body("until", equalTo(java.time.OffsetDateTime.parse(until).toInstant().toString()));
        given().post("/streams/" + id + "/resume").then().statusCode(200);
    }

    @Test
    void recordReturnsATaskIdAndTheFileArrivesWhenTheTaskStops() throws InterruptedException {
        String id = "e2e_record";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        String taskId = given().queryParam("minutes", "10").post("/streams/" + id + "/record").then().statusCode(200)
                .body("taskId", matchesPattern("\\d{1,20}")).body("mode", equalTo("REALTIME"))
                .body("lvbInterface", equalTo("Live_Tape_Start")).body("until", notNullValue())
                .extract().path("taskId");
        // the simulator's task ids are above 2^63: kept as exact digits
        assertThat(new java.math.BigInteger(taskId)).isGreaterThan(java.math.BigInteger.valueOf(Long.MAX_VALUE));
        awaitStream(id, s -> taskId.equals(s.getString("recordingTasks[0].taskId")));

        Thread.sleep(1_200); // a file needs at least a second of live push inside the task's window
        given().post("/streams/" + id + "/record/" + taskId + "/stop").then().statusCode(200)
                .body("action", equalTo("stop-recording")).body("lvbInterface", equalTo("Live_Tape_Stop"));
        awaitStream(id, s -> s.getInt("recordingCount") == 1);
        JsonPath s = stream(id);
        assertThat(s.getString("recordings[0].taskId")).isEqualTo(taskId);
        assertThat(s.getString("recordings[0].videoUrl")).startsWith("http");
        assertThat(s.getString("recordingTasks[0].stoppedAt")).isNotNull();
        assertThat(s.getInt("recordingTasks[0].files")).isEqualTo(1);
    }

    @Test
    void screenshotsAppear() {
        String id = "e2e_shot";
        assertThat(simulator.push(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getBoolean("live"));
        assertThat(simulator.screenshot(id).status()).isEqualTo(200);
        awaitStream(id, s -> s.getInt("screenshotCount") == 1);
        assertThat(stream(id).getString("screenshots[0].url")).startsWith("http");
    }

    // ---- problems -------------------------------------------------------------------------------------------

    @Test
    void aStreamLvbNeverSawIsA404Problem() {
        given().get("/streams/never_pushed").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:lvb-demo:problem:stream-never-pushed")).body("status", equalTo(404))
                .body("title", notNullValue()).body("detail", containsString("20601"))
                .body("instance", equalTo("/streams/never_pushed"))
                .body("lvbInterface", equalTo("Live_Channel_GetStatus")).body("lvbCode", equalTo("20601"));
    }

    @Test
    void badInputIsA400Problem() {
        String id = "e2e_bad";
        given().post("/streams/" + id + "/forbid").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:lvb-demo:problem:invalid-request")).body("parameter", equalTo("until"));
        given().queryParam("until", "next tuesday").post("/streams/" + id + "/forbid").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("until"))
                .body("detail", containsString("ISO-8601"));
        given().queryParam("until", "2030-01-01T12:00:00").post("/streams/" + id + "/forbid").then()
                .statusCode(400).body("parameter", equalTo("until"));
        given().queryParam("until", "2020-01-01T00:00:00Z").post("/streams/" + id + "/forbid").then()
                .statusCode(400).body("detail", containsString("future"));
        for (String minutes : new String[] { "0", "31", "five" }) {
            given().queryParam("minutes", minutes).post("/streams/" + id + "/record").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo("minutes"));
        }
        // refused by the client before anything is sent (LvbValidationException)
        given().pathParam("id", "bad id").post("/streams/{id}/ban").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:lvb-demo:problem:invalid-request"))
                .body("parameter", equalTo("Param.s.channel_id")).body("lvbCode", equalTo("invalid:Param.s.channel_id"));
    }

    @Test
    void anErrorFromLvbIsA502Problem() {
        // Live_Tape_Stop of a task LVB does not know: LVB answers ret != 0
        given().post("/streams/e2e_no_task/record/42/stop").then().statusCode(502)
                .contentType("application/problem+json").body("type", equalTo("urn:lvb-demo:problem:lvb-error"))
                .body("lvbInterface", equalTo("Live_Tape_Stop")).body("lvbCode", notNullValue())
                .body("detail", containsString("Live_Tape_Stop"));
    }

    // ---- live updates, page, simulator proxy --------------------------------------------------------------------

    @Test
    void serverSentEventsDeliverTheNewPicture() throws Exception {
        String id = "e2e_sse";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(base.resolve("/streams/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5));
                    }
                }
            } catch (Exception e) {
                // closed
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            String first = data.poll(10, TimeUnit.SECONDS);
            assertThat(first).as("the current picture at once").isNotNull().contains("\"streams\"");

            assertThat(simulator.push(id).status()).isEqualTo(200);
            String update = null;
            long end = System.nanoTime() + CALLBACK_WAIT.toNanos();
            while (System.nanoTime() < end) {
                String next = data.poll(500, TimeUnit.MILLISECONDS);
                if (next != null && next.contains("\"streamId\":\"" + id + "\"")) {
                    update = next;
                    break;
                }
            }
            assertThat(update).as("a picture with " + id).isNotNull();
            JsonPath picture = JsonPath.from(update);
            assertThat(picture.getBoolean("streams.find { it.streamId == '" + id + "' }.live")).isTrue();
            assertThat(picture.getLong("version")).isGreaterThan(JsonPath.from(first).getLong("version"));
        } finally {
            response.body().close();
        }
    }

    @Test
    void thePageIsServedAtTheRoot() {
        String page = given().get("/").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("<title>LVB demo</title>", "id=\"streams\"", "id=\"sim-panel\"",
                "new EventSource(\"streams/events\")", "check status with LVB", "\"data-action\": \"ban\"",
                "\"data-action\": \"allow\"", "\"data-action\": \"drop\"", "\"data-action\": \"forbid\"",
                "\"data-action\": \"resume\"", "\"data-action\": \"record\"", "type: \"datetime-local\"",
                "simulator/streams/", "setInterval(");
        assertThat(page).doesNotContain("https://cdn", "http://cdn", "<script src=");
    }

    @Test
    void theSimulatorProxyDrivesTheEmbeddedSimulator() {
        String id = "e2e_proxy";
        given().post("/simulator/streams/" + id + "/push").then().statusCode(200).contentType(ContentType.JSON)
                .body("accepted", equalTo(true)).body("streamId", equalTo(id));
        awaitStream(id, s -> s.getBoolean("live"));
        given().post("/simulator/streams/" + id + "/push").then().statusCode(409).body("outcome",
                equalTo("ALREADY_LIVE"));
        given().get("/simulator/streams").then().statusCode(200)
                .body("streams.find { it.streamId == '" + id + "' }.status", equalTo("LIVE"));
        given().post("/simulator/streams/" + id + "/screenshot").then().statusCode(200)
                .body("stream_id", equalTo(id));
        awaitStream(id, s -> s.getInt("screenshotCount") == 1);
        given().contentType(ContentType.JSON).body("{\"reason\":\"TCP_ERROR\"}")
                .post("/simulator/streams/" + id + "/stop").then().statusCode(200).body("stopped", equalTo(true));
        awaitStream(id, s -> !s.getBoolean("live") && s.getInt("lastPush.errcode") == 4);
        given().post("/simulator/streams/" + id + "/screenshot").then().statusCode(409);
        given().get("/simulator").then().statusCode(200).body("callbackUrl", endsWith("/lvb/callback"));
    }

    @Test
    void todaysNotificationTypesReachTheBoard() {
        String id = "e2e_today";
        for (int type : new int[] { 314, 321, 332, 349 }) {
            given().post("/simulator/streams/" + id + "/events/" + type).then().statusCode(200)
                    .body("event_type", equalTo(type));
        }
        awaitStream(id, s -> s.getList("events.kind").containsAll(
                java.util.List.of("relay-task", "push-error", "recording-status", "highlights")));
        assertThat(stream(id).getList("events.summary", String.class))
                .anySatisfy(line -> assertThat(line).startsWith("recording record_start_succeeded"));
        given().post("/simulator/streams/" + id + "/events/8").then().statusCode(404);
    }

    @Test
    void signedUrlsAreHandedOutAndAcceptedByTheirKeys() {
        JsonPath urls = given().get("/urls/e2e_urls?minutes=30").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath();
        Instant expiry = Instant.parse(urls.getString("expiry"));
        String rtmp = urls.getString("push.rtmp");
        assertThat(rtmp).startsWith("rtmp://1000.livepush.myqcloud.com/live/e2e_urls?txSecret=");
        assertThat(new LvbUrlVerifier(LvbAuthKey.of("demo-push-key"), Duration.ZERO).verify(rtmp, expiry))
                .isInstanceOf(LvbUrlVerification.Valid.class);
        assertThat(new LvbUrlVerifier(LvbAuthKey.of("demo-play-key"), Duration.ZERO)
                .verify(urls.getString("play.hls"), expiry)).isInstanceOf(LvbUrlVerification.Valid.class);
        assertThat(urls.getString("play.flv")).contains(".flv?txSecret=");
        assertThat(urls.getString("push.srt")).contains("r=live/e2e_urls,txSecret=");
        given().get("/urls/e2e_urls?minutes=0").then().statusCode(400);
        given().get("/urls/a!b").then().statusCode(400);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** @return the stream's entry in GET /streams, as a JsonPath rooted at it ({@code null} when absent) */
    static JsonPath stream(String id) {
        String body = given().accept(ContentType.JSON).get("/streams").then().statusCode(200).extract().asString();
        String root = "streams.find { it.streamId == '" + id + "' }";
        JsonPath picture = JsonPath.from(body);
        return picture.get(root) == null ? null : picture.setRootPath(root);
    }

    static void awaitStream(String id, java.util.function.Predicate<JsonPath> condition) {
        await().atMost(CALLBACK_WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonPath s = stream(id);
            return s != null && condition.test(s);
        });
    }
}
