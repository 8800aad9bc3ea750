package dev.lvb.callback;

import static dev.lvb.callback.Fixtures.API_KEY;
import static dev.lvb.callback.Fixtures.CALLBACK_KEY;
import static dev.lvb.callback.Fixtures.freshT;
import static dev.lvb.callback.Fixtures.json;
import static dev.lvb.callback.Fixtures.signed;
import static dev.lvb.callback.Fixtures.uniqueStream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.event.UnknownEvent;
import dev.lvb.core.json.LvbJson;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Drives the resource over real HTTP in the module's own Quarkus test application. */
@QuarkusTest
class LvbCallbackEndpointTest {

    private static final String PATH = LvbCallbackEndpoint.DEFAULT_PATH;

    @Inject
    RecordingObserver observer;

    @TestHTTPResource(LvbCallbackEndpoint.DEFAULT_PATH)
    URI callback;

    static Stream<Arguments> specExamples() {
        return Stream.of(
                Arguments.of(Fixtures.STREAM_END, "3954_x", StreamEndEvent.class),
                Arguments.of(Fixtures.STREAM_BEGIN, "3954_y", StreamBeginEvent.class),
                Arguments.of(Fixtures.RECORDING, "2519_2500647", RecordingFileEvent.class),
                Arguments.of(Fixtures.SCREENSHOT, "2519_2500648", ScreenshotEvent.class),
                Arguments.of(Fixtures.PORN, "2519_2500649", PornDetectionEvent.class),
                Arguments.of(Fixtures.UNKNOWN, "2519_2500650", UnknownEvent.class));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("specExamples")
    void specExampleIsDeliveredToTheTypedAndTheCommonObserverOnce(String example, String streamId,
            Class<? extends LvbEvent> type) {
        post(signed(example))
                .then().statusCode(200).contentType("application/json").body(org.hamcrest.Matchers.equalTo(
                        "{\"code\":0}"));

        assertThat(observer.received(type, streamId)).hasSize(1);
        assertThat(observer.received(streamId)).hasSize(1).first().isInstanceOf(type);
        assertThat(observer.typedCount(streamId)).isEqualTo(1);
        assertThat(observer.received(streamId).get(0).eventType()).isEqualTo(json(example).getInt("event_type"));
    }

    @Test
    void specExamplesAreBoundWithTheirValues() {
        // The parameterized test above posts them; here the values that arrived are checked in detail.
        specExamples().forEach(a -> {
            String stream = (String) a.get()[1];
            if (observer.received(stream).isEmpty()) {
                post(signed((String) a.get()[0])).then().statusCode(200);
            }
        });
        StreamEndEvent end = (StreamEndEvent) observer.received("3954_x").get(0);
        assertThat(end.appId()).isEqualTo(1252033264L);
        assertThat(end.errcode()).isEqualTo(1);
        assertThat(end.pushDuration()).isEqualTo(61234L);
        assertThat(end.sequence()).isEqualTo("5911795891871911817");
        StreamBeginEvent begin = (StreamBeginEvent) observer.received("3954_y").get(0);
        assertThat(begin.setId()).isEqualTo(2);
        assertThat(begin.idcId()).isEqualTo("38");
        RecordingFileEvent rec = (RecordingFileEvent) observer.received("2519_2500647").get(0);
        assertThat(rec.fileSize()).isEqualTo(30045521L);
        assertThat(rec.duration()).isEqualTo(272L);
        assertThat(rec.fileId()).isEqualTo("9031868222958931071");
        ScreenshotEvent shot = (ScreenshotEvent) observer.received("2519_2500648").get(0);
        assertThat(shot.url()).startsWith("http://bucket-1252033264.file.myqcloud.com/");
        assertThat(shot.width()).isEqualTo(1280);
        PornDetectionEvent porn = (PornDetectionEvent) observer.received("2519_2500649").get(0);
        assertThat(porn.type()).containsExactly(1, 3);
        assertThat(porn.pornScore()).isEqualTo(86.25);
        assertThat(porn.tid()).isEqualTo(20001);
        UnknownEvent unknown = (UnknownEvent) observer.received("2519_2500650").get(0);
        assertThat(unknown.eventType()).isEqualTo(999);
        assertThat(unknown.raw().getJsonObject("something_new").getJsonArray("x")).hasSize(3);
        assertThat(unknown.raw()).doesNotContainKey("sign");
    }

    @Test
    void tMayArriveAsAJsonString() {
        String stream = uniqueStream("string-t");
        String body = Fixtures.signedWithStringT(Fixtures.beginFor(stream).toString());
        assertThat(json(body).get("t").getValueType()).hasToString("STRING");

        post(body).then().statusCode(200).body("code", org.hamcrest.Matchers.equalTo(0));

        assertThat(observer.received(StreamBeginEvent.class, stream)).hasSize(1);
    }

    @Test
    void theSenderHelperSignsAndPostsTypedEvents() {
        String stream = uniqueStream("sender");
        StreamBeginEvent begin = new StreamBeginEvent(1252033264L, "3954.livepush.myqcloud.com", "live", stream,
                stream, 1471256200L, "5911795891871911817", "123.10.1.1", "127.0.0.1", "", 0, "", null, null, null,
                null);

        HttpResponse<String> answer = LvbCallbackSender.post(callback, begin, CALLBACK_KEY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"code\":0}");
        assertThat(observer.received(StreamBeginEvent.class, stream)).containsExactly(begin);
    }

    // ---- rejections ------------------------------------------------------------------------------------------

    /** A body for a unique stream, and what to do to it. */
    static Stream<Arguments> rejections() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                rejection("missing t", 401, b -> without(signed(b, CALLBACK_KEY, freshT()), "t")),
                rejection("missing sign", 401, b -> without(signed(b, CALLBACK_KEY, freshT()), "sign")),
                rejection("empty sign", 401, b -> with(signed(b, CALLBACK_KEY, freshT()), "sign", "")),
                rejection("null t", 401, b -> withNull(signed(b, CALLBACK_KEY, freshT()), "t")),
                rejection("forged sign", 401,
                        b -> with(signed(b, CALLBACK_KEY, freshT()), "sign", "0123456789abcdef0123456789abcdef")),
                rejection("sign made with the API key", 401, b -> signed(b, API_KEY, freshT()).toString()),
                rejection("sign of another t", 401, b -> with(signed(b, CALLBACK_KEY, freshT()), "t",
                        Long.toString(freshT() + 1))),
                rejection("malformed t (letters)", 401, b -> malformedT(b, "17000000ab")),
                rejection("malformed t (decimal)", 401, b -> malformedT(b, "1700000000.5")),
                rejection("malformed t (negative)", 401, b -> malformedT(b, "-5")),
                rejection("malformed t (object)", 401,
                        b -> LvbJson.provider().createObjectBuilder(signed(b, CALLBACK_KEY, freshT()))
                                .add("t", LvbJson.provider().createObjectBuilder().add("x", 1)).build().toString()),
                rejection("expired t", 403, b -> signed(b, CALLBACK_KEY, now - 3600).toString()),
                rejection("t far in the future", 403, b -> signed(b, CALLBACK_KEY, now + 24 * 3600).toString()),
                rejection("missing event_type", 400, b -> resign(without(b, "event_type"))),
                rejection("event_type not a number", 400, b -> resign(with(b, "event_type", "begin"))),
                rejection("event_type a fraction", 400, b -> resign(json(b.toString().replace("\"event_type\":1",
                        "\"event_type\":1.5")))),
                rejection("event_type an object", 400,
                        b -> resign(LvbJson.provider().createObjectBuilder(b)
                                .add("event_type", LvbJson.provider().createObjectBuilder()).build())),
                rejection("event_time of the wrong type", 400, b -> resign(with(b, "event_time", "yesterday"))),
                rejection("appid an object", 400, b -> resign(LvbJson.provider().createObjectBuilder(b)
                        .add("appid", LvbJson.provider().createArrayBuilder().add(1)).build())),
                rejection("appid a 5000-digit number", 400, b -> resign(b).replace(
                        "\"appid\":1252033264", "\"appid\":1" + "0".repeat(5000))),
                rejection("stream_id an object", 400, b -> resign(LvbJson.provider().createObjectBuilder(b)
                        .add("stream_id", LvbJson.provider().createObjectBuilder().add("a", 1)).build())));
    }

    private static Arguments rejection(String name, int status, Function<JsonObject, String> mutation) {
        return Arguments.of(name, status, mutation);
    }

    private static String without(JsonObject o, String field) {
        return LvbJson.provider().createObjectBuilder(o).remove(field).build().toString();
    }

    private static String with(JsonObject o, String field, String value) {
        return LvbJson.provider().createObjectBuilder(o).add(field, value).build().toString();
    }

    private static String with(String o, String field, String value) {
        return with(json(o), field, value);
    }

    private static String withNull(JsonObject o, String field) {
        return LvbJson.provider().createObjectBuilder(o).addNull(field).build().toString();
    }

    private static String malformedT(JsonObject body, String t) {
        // signed over the malformed digits, so only the form of t is wrong
        return LvbJson.provider().createObjectBuilder(body).add("t", t).add("sign", LvbSignature.sign(CALLBACK_KEY, t))
                .build().toString();
    }

    private static String resign(String body) {
        return resign(json(body));
    }

    private static String resign(JsonObject body) {
        return signed(body, CALLBACK_KEY, freshT()).toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rejections")
    void badNotificationIsRejectedWithAShortReasonAndNeverDelivered(String name, int status,
            Function<JsonObject, String> mutation) {
        String stream = uniqueStream("rejected");
        String body = mutation.apply(Fixtures.beginFor(stream));
        int before = observer.total();

        Response answer = post(body);

        assertRejected(answer, status, body);
        assertThat(observer.attempts(stream)).isZero();
        assertThat(observer.total()).isEqualTo(before);
    }

    static Stream<Arguments> unreadableBodies() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        return Stream.of(
                Arguments.of("empty body", ""),
                Arguments.of("not JSON", "hello, this is not JSON"),
                Arguments.of("JSON array", "[{\"event_type\":1}]"),
                Arguments.of("JSON string", "\"event_type\""),
                Arguments.of("truncated JSON", signed(Fixtures.STREAM_BEGIN).substring(0, 60)),
                Arguments.of("form encoded", "event_type=1&t=1&sign=abc"),
                Arguments.of("deeply nested", "{\"a\":" + deep + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void unreadableBodyIsA400(String name, String body) {
        int before = observer.total();

        Response answer = post(body);

        assertRejected(answer, 400, body);
        assertThat(observer.total()).isEqualTo(before);
    }

    @Test
    void oversizeBodyIsA413EvenWhenSignedProperly() {
        String stream = uniqueStream("oversize");
        JsonObject big = LvbJson.provider().createObjectBuilder(Fixtures.beginFor(stream))
                .add("padding", "x".repeat(17 * 1024)).build();
        String body = signed(big, CALLBACK_KEY, freshT()).toString();

        assertRejected(post(body), 413, body);
        assertThat(observer.attempts(stream)).isZero();
    }

    @Test
    void oversizeBodyWithoutContentLengthIsA413() throws Exception {
        String stream = uniqueStream("chunked");
        JsonObject big = LvbJson.provider().createObjectBuilder(Fixtures.beginFor(stream))
                .add("padding", "x".repeat(40 * 1024)).build();
        byte[] body = signed(big, CALLBACK_KEY, freshT()).toString().getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length: sent chunked, so only the bounded read can catch it
        HttpRequest request = HttpRequest.newBuilder(callback).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(json(answer.body()).getInt("code")).isEqualTo(413);
        assertThat(observer.attempts(stream)).isZero();
    }

    @Test
    void bodyJustBelowTheLimitIsAccepted() {
        String stream = uniqueStream("at-limit");
        JsonObject base = signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT());
        int room = 16 * 1024 - base.toString().length() - ",\"padding\":\"\"".length();
        JsonObject big = LvbJson.provider().createObjectBuilder(Fixtures.beginFor(stream))
                .add("padding", "x".repeat(room)).build();
        String body = signed(big, CALLBACK_KEY, freshT()).toString();
        assertThat(body.length()).isEqualTo(16 * 1024);

        post(body).then().statusCode(200);
        assertThat(observer.received(stream)).hasSize(1);
    }

    @Test
    void theContentTypeDoesNotMatter() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String type : List.of("application/json; charset=utf-8", "text/plain", "application/octet-stream",
                "application/x-www-form-urlencoded")) {
            String stream = uniqueStream("content-type");
            HttpRequest request = HttpRequest.newBuilder(callback).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT()).toString()))
                    .build();
            assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).as(type)
                    .isEqualTo(200);
            assertThat(observer.received(stream)).as(type).hasSize(1);
        }
    }

    @Test
    void otherMethodsAreNotAllowed() {
        given().get(PATH).then().statusCode(405);
    }

    // ---- duplicates, failures ---------------------------------------------------------------------------------

    @Test
    void reSentEventWithAFreshSignatureReachesObserversOnce() {
        String stream = uniqueStream("dup");
        JsonObject begin = Fixtures.beginFor(stream);
        long t = freshT();

        post(signed(begin, CALLBACK_KEY, t).toString()).then().statusCode(200).body("code",
                org.hamcrest.Matchers.equalTo(0));
        post(signed(begin, CALLBACK_KEY, t).toString()).then().statusCode(200).body("code",
                org.hamcrest.Matchers.equalTo(0));
        post(signed(begin, CALLBACK_KEY, t + 7).toString()).then().statusCode(200).body("code",
                org.hamcrest.Matchers.equalTo(0));
        // t as a string this time: still the same event
        post(Fixtures.signedWithStringT(begin.toString())).then().statusCode(200);

        assertThat(observer.received(stream)).hasSize(1);
        assertThat(observer.received(StreamBeginEvent.class, stream)).hasSize(1);
        assertThat(observer.attempts(stream)).isEqualTo(1);
    }

    @Test
    void differentEventsOfOneStreamAreAllDelivered() {
        String stream = uniqueStream("distinct");
        post(signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT()).toString()).then().statusCode(200);
        post(signed(Fixtures.withStream(Fixtures.STREAM_END, stream), CALLBACK_KEY, freshT()).toString()).then()
                .statusCode(200);

        assertThat(observer.received(stream)).hasSize(2);
    }

    @Test
    void failingObserverGetsLvbToRetryAndTheRetryIsDeliveredOnce() {
        String stream = uniqueStream("failing");
        JsonObject begin = Fixtures.beginFor(stream);
        observer.failFor(stream, true);

        Response first = post(signed(begin, CALLBACK_KEY, freshT()).toString());
        first.then().statusCode(500).contentType("application/json");
        assertThat(json(first.asString()).getInt("code")).isEqualTo(500);
        assertThat(json(first.asString()).getString("message")).isEqualTo("event processing failed");
        assertThat(observer.received(stream)).isEmpty();

        // still failing: not mistaken for a duplicate or an event in progress
        post(signed(begin, CALLBACK_KEY, freshT() + 1).toString()).then().statusCode(500);
        assertThat(observer.attempts(stream)).isEqualTo(2);

        observer.failFor(stream, false);
        post(signed(begin, CALLBACK_KEY, freshT() + 2).toString()).then().statusCode(200).body("code",
                org.hamcrest.Matchers.equalTo(0));
        post(signed(begin, CALLBACK_KEY, freshT() + 3).toString()).then().statusCode(200);

        assertThat(observer.received(stream)).hasSize(1);
        assertThat(observer.received(StreamBeginEvent.class, stream)).hasSize(1);
        assertThat(observer.attempts(stream)).isEqualTo(3);
    }

    @Test
    void asyncObserversReceiveDeliveredEventsOnce() {
        String stream = uniqueStream("async");
        JsonObject begin = Fixtures.beginFor(stream);
        post(signed(begin, CALLBACK_KEY, freshT()).toString()).then().statusCode(200);
        post(signed(begin, CALLBACK_KEY, freshT() + 1).toString()).then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> observer.receivedAsync(stream).size() == 1);
        assertThat(observer.receivedAsync(stream)).hasSize(1);
    }

    @Test
    void asyncObserversDoNotSeeEventsWhoseSynchronousObserversFailed() {
        String stream = uniqueStream("async-failing");
        observer.failFor(stream, true);
        post(signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT()).toString()).then().statusCode(500);
        // LVB's retry, once the observer recovered, is the later positive event: after it, exactly one async delivery
        observer.failFor(stream, false);
        post(signed(Fixtures.beginFor(stream), CALLBACK_KEY, freshT() + 1).toString()).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> observer.receivedAsync(stream).size() >= 1);
        assertThat(observer.receivedAsync(stream)).hasSize(1);
        assertThat(observer.attempts(stream)).isEqualTo(2);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Response post(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(PATH);
    }

    /** The answer has the status, a JSON code equal to it, a short message, and nothing secret. */
    static void assertRejected(Response answer, int status, String sentBody) {
        answer.then().statusCode(status).contentType("application/json");
        String text = answer.asString();
        JsonObject reply = json(text);
        assertThat(reply.getInt("code")).isEqualTo(status);
        assertThat(reply.getString("message")).isNotBlank().hasSizeLessThan(120);
        assertThat(reply.keySet()).containsExactlyInAnyOrder("code", "message");
        assertThat(text).doesNotContain(CALLBACK_KEY).doesNotContain(API_KEY);
        for (String secretish : signsIn(sentBody)) {
            assertThat(text).doesNotContain(secretish);
        }
    }

    private static List<String> signsIn(String body) {
        try {
            JsonObject o = json(body);
            return o.get("sign") instanceof jakarta.json.JsonString s && s.getString().length() >= 8
                    ? List.of(s.getString())
                    : List.of();
        } catch (RuntimeException notJson) {
            return List.of();
        }
    }
}
