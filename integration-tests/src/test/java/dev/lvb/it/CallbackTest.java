package dev.lvb.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.event.StreamBeginEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * LVB's event notifications posted over HTTP to the configured path ({@code quarkus.lvb.callback.path=/hooks/lvb}),
 * signed with the callback key (not the API key), as LVB sends them. What the application's observers saw is read
 * over HTTP ({@code /test-support/events}), so this class runs unchanged against the packaged application. Every
 * notification uses a fresh stream id: the receiver remembers what it delivered.
 */
@QuarkusTest
public class CallbackTest extends LvbTestBase {

    static final String CALLBACK = "/hooks/lvb";

    // ---- helpers -------------------------------------------------------------------------------------------

    static String newStream(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A spec example body for a fresh stream, without {@code t}/{@code sign}. */
    static JsonObject example(String file, String streamId) {
        try (InputStream in = CallbackTest.class.getResourceAsStream("/events/" + file)) {
            JsonObject body = Json.createReader(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            JsonObjectBuilder b = Json.createObjectBuilder(body).remove("t").remove("sign");
            if (body.containsKey("streamId")) {
                b.add("streamId", streamId).add("channelId", streamId);
            } else {
                b.add("stream_id", streamId);
                if (body.containsKey("channel_id")) {
                    b.add("channel_id", streamId);
                }
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long inTenMinutes() {
        return Instant.now().getEpochSecond() + 600;
    }

    /** {@code body} with {@code t} and {@code sign = md5(key + t)}, computed independently of the library. */
    static String signed(JsonObject body, String key, long t) {
        return Json.createObjectBuilder(body).add("t", t).add("sign", Md5.sign(key, t)).build().toString();
    }

    static String signed(JsonObject body) {
        return signed(body, TestKeys.CALLBACK_KEY, inTenMinutes());
    }

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(CALLBACK);
    }

    static void delivered(String body) {
        post(body).then().statusCode(200).body(equalTo("{\"code\":0}"));
    }

    static void refused(String body, int status) {
        post(body).then().statusCode(status).body("code", equalTo(status));
    }

    /** What the observers saw of a stream. */
    static JsonPath seen(String streamId) {
        return given().when().get("/test-support/events/" + streamId).then().statusCode(200).extract().jsonPath();
    }

    /** Asserts that the typed observer and the {@link dev.lvb.core.event.LvbEvent} observer each saw one event. */
    static JsonPath seenOnce(String streamId, String type) {
        JsonPath seen = seen(streamId);
        assertThat(seen.getMap("counts")).isEqualTo(Map.of("LvbEvent", 1, type, 1));
        assertThat(seen.getInt("failures")).isZero();
        assertThat(seen.getList("events")).hasSize(1);
        return seen.setRootPath("events[0]");
    }

    static void seenNothing(String streamId) {
        assertThat(seen(streamId).getMap("counts")).isEmpty();
    }

    // ---- every event type, once to each observer -----------------------------------------------------------

    @Test
    void streamBegin() {
        String id = newStream("8888_begin_");
        delivered(signed(example("stream-begin.json", id)));
        JsonPath e = seenOnce(id, "StreamBeginEvent");
        assertThat(e.getString("class")).isEqualTo("StreamBeginEvent");
        assertThat(e.getInt("eventType")).isEqualTo(1);
        assertThat(e.getString("streamId")).isEqualTo(id);
        assertThat(e.getString("channelId")).isEqualTo(id);
        assertThat(e.getLong("appId")).isEqualTo(TestKeys.APP_ID);
        assertThat(e.getString("app")).isEqualTo("3954.livepush.myqcloud.com");
        assertThat(e.getString("appName")).isEqualTo("live");
        assertThat(e.getLong("eventTime")).isEqualTo(1471256200L);
        assertThat(e.getString("sequence")).isEqualTo("5911795891871911817");
        assertThat(e.getString("node")).isEqualTo("123.10.1.1");
        assertThat(e.getString("userIp")).isEqualTo("127.0.0.1");
        assertThat(e.getString("streamParam")).isEqualTo("txSecret=f9b1a6b4c3d2e1f0&txTime=5C2E0F80");
        assertThat(e.getInt("errcode")).isZero();
        assertThat(e.getInt("setId")).isEqualTo(2);
        assertThat(e.getInt("width")).isEqualTo(1280);
        assertThat(e.getInt("height")).isEqualTo(720);
        assertThat(e.getString("idcId")).isEqualTo("37");
    }

    @Test
    void streamEnd() {
        String id = newStream("8888_end_");
        delivered(signed(example("stream-end.json", id)));
        JsonPath e = seenOnce(id, "StreamEndEvent");
        assertThat(e.getInt("eventType")).isZero();
        assertThat(e.getInt("errcode")).isEqualTo(1);
        assertThat(e.getString("errmsg")).isEqualTo("recv rtmp deleteStream");
        assertThat(e.getLong("pushDuration")).as("push_duration sent as a string").isEqualTo(61234L);
        assertThat(e.getString("sequence")).isEqualTo("5911795891871911817");
    }

    @Test
    void recordingFile() {
        String id = newStream("8888_rec_");
        delivered(signed(example("recording.json", id)));
        JsonPath e = seenOnce(id, "RecordingFileEvent");
        assertThat(e.getInt("eventType")).isEqualTo(100);
        assertThat(e.getString("videoId")).isEqualTo("200011683_481565e0befe4e44903839aebe370ef6");
        assertThat(e.getString("videoUrl")).isEqualTo(
                "http://1252033264.vod2.myqcloud.com/481565e0vodgzp1252033264/f0.flv");
        assertThat(e.getLong("fileSize")).isEqualTo(30045521L);
        assertThat(e.getLong("startTime")).isEqualTo(1496220622L);
        assertThat(e.getLong("endTime")).isEqualTo(1496220894L);
        assertThat(e.getLong("duration")).isEqualTo(272L);
        assertThat(e.getString("fileId")).isEqualTo("9031868222958931071");
        assertThat(e.getString("recordFileId")).isEqualTo("9031868222958931071");
        assertThat(e.getString("fileFormat")).isEqualTo("flv");
        assertThat(e.getLong("mediaStartTime")).isEqualTo(1496220620L);
        assertThat(e.getString("taskId")).isEqualTo("17854312345678901234");
    }

    @Test
    void screenshot() {
        String id = newStream("8888_shot_");
        delivered(signed(example("screenshot.json", id)));
        JsonPath e = seenOnce(id, "ScreenshotEvent");
        assertThat(e.getInt("eventType")).isEqualTo(200);
        assertThat(e.getString("url")).isEqualTo(
                "http://shot-1252033264.cos.ap-shanghai.myqcloud.com/2519_2500647/2017-06-01-10-00-00.jpg");
        assertThat(e.getString("picUrl")).isEqualTo("/2519_2500647/2017-06-01-10-00-00.jpg");
        assertThat(e.getLong("createTime")).isEqualTo(1496282400L);
        assertThat(e.getLong("fileSize")).isEqualTo(34567L);
        assertThat(e.getInt("width")).isEqualTo(1280);
    }

    @Test
    void pornDetectionWithCamelCaseIds() {
        String id = newStream("8888_porn_");
        delivered(signed(example("porn-detection.json", id)));
        JsonPath e = seenOnce(id, "PornDetectionEvent");
        assertThat(e.getInt("eventType")).isEqualTo(317);
        assertThat(e.getString("streamId")).isEqualTo(id);
        assertThat(e.getString("channelId")).isEqualTo(id);
        assertThat(e.getInt("tid")).isEqualTo(20001);
        assertThat(e.getList("type", Integer.class)).containsExactly(1);
        assertThat(e.getDouble("confidence")).isEqualTo(87.0);
        assertThat(e.getDouble("pornScore")).isEqualTo(87.0);
        assertThat(e.getInt("level")).isEqualTo(2);
        assertThat(e.getLong("screenshotTime")).isEqualTo(1496282400L);
    }

    @Test
    void unknownEventTypeKeepsItsFields() {
        String id = newStream("8888_new_");
        delivered(signed(example("unknown.json", id)));
        JsonPath e = seenOnce(id, "UnknownEvent");
        assertThat(e.getInt("eventType")).isEqualTo(999);
        assertThat(e.getLong("appId")).isEqualTo(TestKeys.APP_ID);
        assertThat(e.getList("rawKeys", String.class)).contains("a_field_of_the_future", "stream_id", "event_type")
                .doesNotContain("sign");
    }

    @Test
    void numbersSentAsStrings() {
        String id = newStream("8888_lenient_");
        JsonObject body = Json.createObjectBuilder(example("recording.json", id)).add("event_type", "100")
                .add("file_size", "30045521").build();
        delivered(signed(body));
        assertThat(seenOnce(id, "RecordingFileEvent").getLong("fileSize")).isEqualTo(30045521L);
    }

    @Test
    void timeJustPastIsWithinTheClockSkew() {
        String id = newStream("8888_skew_");
        delivered(signed(example("stream-begin.json", id), TestKeys.CALLBACK_KEY,
                Instant.now().getEpochSecond() - 30));
        seenOnce(id, "StreamBeginEvent");
    }

    @Test
    void theLibrarysSenderSignsWithTheKeyItIsGiven() {
        URI callback = applicationRoot().resolve(CALLBACK.substring(1));
        String id = newStream("8888_sender_");
        StreamBeginEvent begin = new StreamBeginEvent(TestKeys.APP_ID, "3954.livepush.myqcloud.com", "live", id, id,
                1471256200L, "5911795891871911817", "123.10.1.1", "127.0.0.1", "", 0, "", null, null, null, null);

        HttpResponse<String> withApiKey = LvbCallbackSender.post(callback, begin, TestKeys.API_KEY);
        assertThat(withApiKey.statusCode()).as("signed with the API key while a callback key is configured")
                .isEqualTo(401);
        seenNothing(id);

        HttpResponse<String> answer = LvbCallbackSender.post(callback, begin, TestKeys.CALLBACK_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"code\":0}");
        assertThat(seenOnce(id, "StreamBeginEvent").getString("sequence")).isEqualTo("5911795891871911817");
    }

    // ---- rejections: never delivered, and a later genuine notification still is -----------------------------

    /** Notifications LVB would never send, each with the status the receiver must answer. */
    enum Forgery {
        WRONG_SIGN(401, b -> signedWith(b, "not-the-key", 0)),
        SIGNED_WITH_THE_API_KEY(401, b -> signedWith(b, TestKeys.API_KEY, 0)),
        SIGN_OF_ANOTHER_T(401, b -> signedWith(b, TestKeys.CALLBACK_KEY, 1)),
        NO_SIGN(401, b -> Json.createObjectBuilder(b).add("t", inTenMinutes()).build()),
        NO_T(401, b -> Json.createObjectBuilder(b).add("sign", Md5.sign(TestKeys.CALLBACK_KEY, inTenMinutes()))
                .build()),
        T_NOT_A_NUMBER(401, b -> Json.createObjectBuilder(b).add("t", "soon")
                .add("sign", Md5.sign(TestKeys.CALLBACK_KEY, "soon")).build()),
        EXPIRED(403, b -> signedAt(b, Instant.now().getEpochSecond() - 120)),
        TOO_FAR_AHEAD(403, b -> signedAt(b, Instant.now().getEpochSecond() + 3600)),
        NO_EVENT_TYPE(400, b -> signedAt(Json.createObjectBuilder(b).remove("event_type").build(), inTenMinutes())),
        EVENT_TYPE_NOT_A_NUMBER(400, b -> signedAt(Json.createObjectBuilder(b).add("event_type", "begin").build(),
                inTenMinutes())),
        FIELD_OF_THE_WRONG_TYPE(400, b -> signedAt(Json.createObjectBuilder(b)
                .add("event_time", Json.createObjectBuilder().add("at", 1)).build(), inTenMinutes())),
        OVERSIZE(413, b -> signedAt(Json.createObjectBuilder(b).add("padding", "x".repeat(20_000)).build(),
                inTenMinutes()));

        final int status;
        final UnaryOperator<JsonObject> forge;

        Forgery(int status, UnaryOperator<JsonObject> forge) {
            this.status = status;
            this.forge = forge;
        }

        static JsonObject with(JsonObject b, long t, String sign) {
            return Json.createObjectBuilder(b).add("t", t).add("sign", sign).build();
        }

        /** Signs {@code t + tOffset} with {@code key}, sends {@code t}. */
        static JsonObject signedWith(JsonObject b, String key, long tOffset) {
            long t = inTenMinutes();
            return with(b, t, Md5.sign(key, t + tOffset));
        }

        static JsonObject signedAt(JsonObject b, long t) {
            return with(b, t, Md5.sign(TestKeys.CALLBACK_KEY, t));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Forgery.class)
    void rejected(Forgery forgery) {
        String id = newStream("8888_forged_");
        JsonObject genuine = example("stream-begin.json", id);
        refused(forgery.forge.apply(genuine).toString(), forgery.status);
        seenNothing(id);

        delivered(signed(genuine));
        seenOnce(id, "StreamBeginEvent");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"event_type\":1,", "[{\"event_type\":1}]", "\"text\"", "" })
    void notAJsonObject(String body) {
        refused(body, 400);
    }

    @Test
    void oversizeBodyWithoutContentLengthIs413() throws Exception {
        String id = newStream("8888_chunked_");
        byte[] body = Forgery.OVERSIZE.forge.apply(example("stream-begin.json", id)).toString()
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(applicationRoot().resolve(CALLBACK.substring(1)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        seenNothing(id);
    }

    // ---- duplicates and failing observers ------------------------------------------------------------------

    @Test
    void duplicatesAreAcknowledgedButDeliveredOnce() {
        String id = newStream("8888_dup_");
        JsonObject event = example("recording.json", id);
        String first = signed(event);
        delivered(first);
        delivered(first); // the same bytes again
        delivered(signed(event, TestKeys.CALLBACK_KEY, inTenMinutes() - 5)); // LVB's retry: new t and sign
        seenOnce(id, "RecordingFileEvent");
    }

    @Test
    void aFailingObserverGets500UntilItRecoversThenTheRetryIsDeliveredOnce() {
        String id = newStream("fail-8888_");
        JsonObject event = example("stream-begin.json", id);

        refused(signed(event), 500);
        refused(signed(event, TestKeys.CALLBACK_KEY, inTenMinutes() - 3), 500); // LVB retries
        JsonPath seen = seen(id);
        assertThat(seen.getInt("failures")).isEqualTo(2);
        assertThat(seen.getMap("counts")).isEmpty();

        given().when().post("/test-support/events/" + id + "/heal").then().statusCode(204);
        delivered(signed(event, TestKeys.CALLBACK_KEY, inTenMinutes() - 6)); // the next retry
        delivered(signed(event, TestKeys.CALLBACK_KEY, inTenMinutes() - 9)); // and a late duplicate
        seen = seen(id);
        assertThat(seen.getMap("counts")).isEqualTo(Map.of("LvbEvent", 1, "StreamBeginEvent", 1));
        assertThat(seen.getInt("failures")).isEqualTo(2);
    }

    // ---- the configured path -------------------------------------------------------------------------------

    @Test
    void onlyTheConfiguredPathReceives() {
        String id = newStream("8888_path_");
        given().contentType(ContentType.JSON).body(signed(example("stream-begin.json", id))).when()
                .post("/lvb/callback").then().statusCode(404);
        given().when().get(CALLBACK).then().statusCode(405);
        seenNothing(id);
    }
}
