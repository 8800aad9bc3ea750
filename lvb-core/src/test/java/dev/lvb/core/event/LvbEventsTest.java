package dev.lvb.core.event;

import static dev.lvb.core.testing.TestJson.fixture;
import static dev.lvb.core.testing.TestJson.fixtureText;
import static dev.lvb.core.testing.TestJson.json;
import static dev.lvb.core.testing.TestJson.with;
import static dev.lvb.core.testing.TestJson.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.LvbVerification;
import dev.lvb.core.error.LvbProtocolException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LvbEventsTest {

    private static final String KEY = "40328529ca4381a80c6ecf2e6aa57438";

    @Test
    void eventTypeOfANumber() {
        assertThat(LvbEvents.eventTypeOf(json("{\"event_type\":100}"))).hasValue(100);
        assertThat(LvbEvents.eventTypeOf(json("{\"event_type\":0}"))).hasValue(0);
    }

    @Test
    void eventTypeOfADigitString() {
        assertThat(LvbEvents.eventTypeOf(json("{\"event_type\":\"200\"}"))).hasValue(200);
        assertThat(LvbEvents.eventTypeOf(json("{\"event_type\":\" 1 \"}"))).hasValue(1);
    }

    @Test
    void eventTypeOfMissingOrNull() {
        assertThat(LvbEvents.eventTypeOf(json("{}"))).isEmpty();
        assertThat(LvbEvents.eventTypeOf(json("{\"event_type\":null}"))).isEmpty();
    }

    @ParameterizedTest(name = "event_type {0}")
    @ValueSource(strings = { "\"abc\"", "\"\"", "1.5", "true", "{}", "[1]", "\"123456789012\"", "2147483648",
            "-2147483649", "1E+1000000", "\"1e999999999\"" })
    void eventTypeOfGarbageIsAProtocolError(String value) {
        JsonObject body = json("{\"event_type\":" + value + "}");
        assertThatThrownBy(() -> LvbEvents.eventTypeOf(body)).isInstanceOfSatisfying(LvbProtocolException.class,
                e -> assertThat(e.getMessage()).contains("event_type is not an integer"));
    }

    @Test
    void eventTypeOfGarbageIsReportedShortly() {
        JsonObject body = json("{\"event_type\":\"" + "9".repeat(5000) + "\"}");
        assertThatThrownBy(() -> LvbEvents.eventTypeOf(body)).isInstanceOf(LvbProtocolException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "0, StreamEndEvent", "1, StreamBeginEvent", "100, RecordingFileEvent", "200, ScreenshotEvent",
            "317, PornDetectionEvent", "2, UnknownEvent", "101, UnknownEvent", "-1, UnknownEvent",
            "333, UnknownEvent" })
    void typeOfMapsEventTypesToClasses(int eventType, String simpleName) {
        assertThat(LvbEvents.typeOf(eventType).getSimpleName()).isEqualTo(simpleName);
    }

    @Test
    void eventTypeConstantsMatchTheSpec() {
        assertThat(StreamEndEvent.EVENT_TYPE).isZero();
        assertThat(StreamBeginEvent.EVENT_TYPE).isEqualTo(1);
        assertThat(RecordingFileEvent.EVENT_TYPE).isEqualTo(100);
        assertThat(ScreenshotEvent.EVENT_TYPE).isEqualTo(200);
        assertThat(PornDetectionEvent.EVENT_TYPE).isEqualTo(317);
    }

    @Test
    void fromJsonNeedsAnEventType() {
        JsonObject body = without(fixture("event-stream-end.json"), "event_type");
        assertThatThrownBy(() -> LvbEvents.fromJson(body)).isInstanceOf(LvbProtocolException.class)
                .hasMessageContaining("event_type is missing");
    }

    @Test
    void fromJsonRejectsWrongValueTypes() {
        JsonObject body = with(fixture("event-recording-file.json"), "file_size", Json.createObjectBuilder().build());
        assertThatThrownBy(() -> LvbEvents.fromJson(body)).isInstanceOf(LvbProtocolException.class)
                .hasMessageContaining("unexpected value types");
        JsonObject badTime = with(fixture("event-stream-begin.json"), "event_time", Json.createValue("yesterday"));
        assertThatThrownBy(() -> LvbEvents.fromJson(badTime)).isInstanceOf(LvbProtocolException.class)
                .hasMessageContaining("yesterday");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "event-stream-end.json", "event-stream-begin.json", "event-recording-file.json",
            "event-screenshot.json", "event-porn-detection.json", "event-unknown.json" })
    void fromJsonWithTheTextGivesTheSameEvent(String name) {
        String text = fixtureText(name);
        JsonObject body = json(text);
        assertThat(LvbEvents.fromJson(body, text)).isEqualTo(LvbEvents.fromJson(body));
        assertThat(LvbEvents.fromJson(body, null)).isEqualTo(LvbEvents.fromJson(body));
    }

    @Test
    void fromJsonWithTheTextTakesTheLastValueOfADuplicateKeyLikeTheObject() {
        String text = "{\"event_type\":1,\"stream_id\":\"first\",\"appid\":1,\"stream_id\":\"second\",\"width\":1,"
                + "\"width\":\"720\"}";
        JsonObject body = json(text);
        StreamBeginEvent e = (StreamBeginEvent) LvbEvents.fromJson(body, text);
        assertThat(e.streamId()).isEqualTo("second");
        assertThat(e.width()).isEqualTo(720);
        assertThat(e).isEqualTo(LvbEvents.fromJson(body));
    }

    @Test
    void fromJsonWithTheTextIgnoresAnEarlierValueOfTheWrongTypeLikeTheObject() {
        // Bound from the text, "wide" would fail; the object only has the last value, which binds.
        String text = "{\"event_type\":1,\"stream_id\":\"s\",\"width\":\"wide\",\"width\":720}";
        JsonObject body = json(text);
        assertThat(((StreamBeginEvent) LvbEvents.fromJson(body, text)).width()).isEqualTo(720);
        assertThat(LvbEvents.fromJson(body, text)).isEqualTo(LvbEvents.fromJson(body));
    }

    @Test
    void fromJsonWithTheTextFailsLikeWithout() {
        String text = "{\"event_type\":1,\"stream_id\":\"s\",\"event_time\":\"yesterday\"}";
        JsonObject body = json(text);
        Throwable without = catchThrowable(() -> LvbEvents.fromJson(body));
        assertThat(without).isInstanceOf(LvbProtocolException.class);
        assertThat(catchThrowable(() -> LvbEvents.fromJson(body, text))).isInstanceOf(LvbProtocolException.class)
                .hasMessage(without.getMessage());
        JsonObject untyped = json("{\"stream_id\":\"s\"}");
        assertThatThrownBy(() -> LvbEvents.fromJson(untyped, "{\"stream_id\":\"s\"}"))
                .isInstanceOf(LvbProtocolException.class).hasMessageContaining("event_type is missing");
    }

    @Test
    void toJsonHasNeitherTNorSign() {
        LvbEvent e = LvbEvents.fromJson(fixture("event-stream-begin.json"));
        assertThat(LvbEvents.toJson(e)).doesNotContainKey("t").doesNotContainKey("sign")
                .containsEntry("event_type", Json.createValue(1));
    }

    @Test
    void toSignedJsonAddsTAndTheSignatureOfKeyAndT() {
        LvbEvent e = LvbEvents.fromJson(fixture("event-recording-file.json"));
        long t = 1496221502L;
        JsonObject signed = LvbEvents.toSignedJson(e, KEY, t);

        assertThat(signed.getJsonNumber("t").longValueExact()).isEqualTo(t);
        assertThat(signed.getString("sign")).isEqualTo(LvbSignature.sign(KEY, t))
                .isEqualTo(md5Hex(KEY + "1496221502"));
        assertThat(signed.getInt("event_type")).isEqualTo(100);
        // everything else is the event
        JsonObject rest = Json.createObjectBuilder(signed).remove("t").remove("sign").build();
        assertThat(rest).isEqualTo(LvbEvents.toJson(e));
        assertThat(LvbEvents.fromJson(signed)).isEqualTo(e);
    }

    @Test
    void aSignedEventIsAcceptedByTheVerifier() {
        long now = 1496220902L;
        long t = now + 600;
        LvbSignatureVerifier verifier = new LvbSignatureVerifier(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC),
                Duration.ofSeconds(60), Duration.ofMinutes(10));
        for (String name : new String[] { "event-stream-end.json", "event-stream-begin.json",
                "event-recording-file.json", "event-screenshot.json", "event-porn-detection.json",
                "event-unknown.json" }) {
            JsonObject signed = LvbEvents.toSignedJson(LvbEvents.fromJson(fixture(name)), KEY, t);
            LvbVerification v = verifier.verify(KEY, signed.get("t"), signed.getString("sign"));
            assertThat(v).as(name).isEqualTo(new LvbVerification.Accepted(t));
            // and not with another key
            assertThat(verifier.verify("other", signed.get("t"), signed.getString("sign")).accepted()).isFalse();
        }
    }

    @Test
    void signingAnUnknownEventReplacesItsOldT() {
        UnknownEvent e = (UnknownEvent) LvbEvents.fromJson(fixture("event-unknown.json"));
        assertThat(e.raw().getJsonNumber("t").longValue()).isEqualTo(1558941715L);
        JsonObject signed = LvbEvents.toSignedJson(e, KEY, 1600000000L);
        assertThat(signed.getJsonNumber("t").longValue()).isEqualTo(1600000000L);
        assertThat(signed.getString("sign")).isEqualTo(LvbSignature.sign(KEY, 1600000000L));
        assertThat(signed.get("zzz")).isEqualTo(json("{\"nested\":[1]}"));
    }

    @Test
    void toJsonOfAnUnknownEventUsesItsEventType() {
        UnknownEvent e = new UnknownEvent(555, JsonValue.EMPTY_JSON_OBJECT);
        assertThat(LvbEvents.toJson(e)).isEqualTo(json("{\"event_type\":555}"));
        assertThat(e.streamId()).isNull();
        assertThat(e.appId()).isNull();
    }

    private static String md5Hex(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
