package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.json.LvbReplies;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.MixCrop;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.MixStreamBody;
import dev.lvb.core.model.StartMixRequest;
import jakarta.json.JsonObject;

/** Cloud stream mixing: POST JSON, sessions until cancel, LVB's mixing codes. */
class MixingApiTest extends SimulatorTestBase {

    long eventId = 1527240138L;

    @BeforeEach
    void setUp() {
        sim.startPush("1000_a");
        sim.startPush("1000_b");
    }

    private static List<MixInput> inputs(String... ids) {
        List<MixInput> list = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            list.add(MixInput.of(ids[i], i == 0 ? MixLayout.background() : MixLayout.at(i + 1, 380, 630, 160, 240)));
        }
        return list;
    }

    private MixStreamBody start(String session, String... ids) {
        return StartMixRequest.of(session, inputs(ids)).toBody(Instant.now(), eventId);
    }

    private MixResult mix(MixStreamBody body) {
        return lvb.mix(LvbInterface.MIX_START, body);
    }

    private int code(MixStreamBody body) {
        return LvbJson.parseObject(lvb.mixRaw(LvbInterface.MIX_START, body)).getInt("code");
    }

    @Test
    void startCreatesASessionAndAnswersLikeLvb() {
        String raw = lvb.mixRaw(LvbInterface.MIX_START, start("room_1", "1000_a", "1000_b"));
        JsonObject reply = LvbJson.parseObject(raw);
        assertThat(reply.getInt("code")).isZero();
        assertThat(reply.getString("message")).isEqualTo("Success!");
        assertThat(reply.getString("event_id")).isEqualTo("1527240138");
        assertThat(reply.getJsonNumber("timestamp").longValue()).isEqualTo(Lvb.T0.getEpochSecond());
        assertThat(reply.keySet()).containsExactlyInAnyOrder("code", "message", "event_id", "timestamp");

        MixResult typed = LvbReplies.decodeMix(LvbInterface.MIX_START, raw);
        assertThat(typed.eventId()).isEqualTo("1527240138");

        assertThat(sim.mixSessions()).singleElement().satisfies(s -> {
            assertThat(s.sessionId()).isEqualTo("room_1");
            assertThat(s.outputStreamId()).isEqualTo("1000_a");
            assertThat(s.inputStreamIds()).containsExactly("1000_a", "1000_b");
        });
    }

    @Test
    void theDocumentedExampleBodyIsAccepted() {
        sim.startPush("1234_a");
        sim.startPush("1234_b");
        String body = """
                {"timestamp":1490079362,"eventId":1490079362,"interface":{"interfaceName":"Mix_StreamV2","para":{
                "app_id":%d,"interface":"mix_streamv2.start_mix_stream_advanced","mix_stream_session_id":"room_1",
                "output_stream_id":"1234_a","output_stream_type":0,"mix_stream_template_id":0,"input_stream_list":[
                {"input_stream_id":"1234_a","layout_params":{"image_layer":1}},
                {"input_stream_id":"1234_b","layout_params":{"image_layer":2,"image_width":160,"image_height":240,
                "location_x":380,"location_y":630},"crop_params":{"crop_width":200,"crop_height":100,"crop_x":100,
                "crop_y":1}}]}}}""".formatted(sim.config().appId());
        MixResult result = LvbReplies.decodeMix(LvbInterface.MIX_START,
                lvb.mixRaw("mix_streamv2.start_mix_stream_advanced", body));
        assertThat(result.code()).isZero();
        assertThat(result.eventId()).isEqualTo("1490079362");
        // app_id as a string, as a Tencent mini-program component sends it.
        String asString = body.replace("\"app_id\":" + sim.config().appId(),
                "\"app_id\":\"" + sim.config().appId() + "\"");
        assertThat(LvbJson.parseObject(lvb.mixRaw("Mix_StreamV2", asString)).getInt("code")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mix_StreamV2", "mix_streamv2.start_mix_stream_advanced", "Mix_Stream" })
    void everyDocumentedQueryInterfaceValueWorks(String value) {
        Lvb variant = new Lvb(sim, new LvbWireOptions("appid", false, "order_by_type", value));
        assertThat(variant.mix(LvbInterface.MIX_START, start("room_1", "1000_a", "1000_b")).code()).isZero();
        assertThat(variant.mix(LvbInterface.MIX_CANCEL, new CancelMixRequest("room_1", "1000_a")
                .toBody(Instant.now(), eventId)).code()).isZero();
        assertThat(sim.mixSessions()).isEmpty();
    }

    @Test
    void inputsMustBeLive() {
        assertThatThrownBy(() -> mix(start("room_1", "1000_a", "1000_gone")))
                .isInstanceOfSatisfying(LvbMixException.class, e -> assertThat(e.mixCode()).isEqualTo(-505));
        sim.stopPush("1000_b");
        assertThat(code(start("room_1", "1000_a", "1000_b"))).isEqualTo(-505);
        assertThat(sim.mixSessions()).isEmpty();
    }

    @Test
    void sameSessionMayBeUpdatedButNotRetargeted() {
        sim.startPush("1000_c");
        assertThat(mix(start("room_1", "1000_a", "1000_b")).code()).isZero();
        assertThat(mix(start("room_1", "1000_a", "1000_b", "1000_c")).code()).isZero();
        assertThat(sim.mixSessions()).singleElement()
                .satisfies(s -> assertThat(s.inputStreamIds()).containsExactly("1000_a", "1000_b", "1000_c"));
        // Same session, another output: -508.
        assertThat(code(start("room_1", "1000_b", "1000_a"))).isEqualTo(-508);
        // Another session into the same output: -300.
        assertThat(code(start("room_2", "1000_a", "1000_c"))).isEqualTo(-300);
        assertThat(code(start("room_2", "1000_c", "1000_a"))).isZero();
    }

    @Test
    void outputTypeRulesAre111() {
        MixStreamBody typeZeroForeignOutput = new StartMixRequest("room_1", "1000_x", MixOutputType.ONE_OF_INPUTS, null,
                null, inputs("1000_a", "1000_b")).toBody(Instant.now(), eventId);
        assertThat(code(typeZeroForeignOutput)).isEqualTo(-111);
        MixStreamBody typeOneExisting = new StartMixRequest("room_1", "1000_b", MixOutputType.NEW_STREAM, null, null,
                inputs("1000_a", "1000_b")).toBody(Instant.now(), eventId);
        assertThat(code(typeOneExisting)).isEqualTo(-111);
        MixStreamBody typeOneNew = new StartMixRequest("room_1", "1000_mixed", MixOutputType.NEW_STREAM, null, 1500,
                inputs("1000_a", "1000_b")).toBody(Instant.now(), eventId);
        assertThat(code(typeOneNew)).isZero();
        assertThat(sim.mixSessions().get(0).outputStreamType()).isEqualTo(1);
    }

    @Test
    void cancelEndsTheSession() {
        mix(start("room_1", "1000_a", "1000_b"));
        MixResult cancelled = lvb.mix(LvbInterface.MIX_CANCEL,
                new CancelMixRequest("room_1", "1000_a").toBody(Instant.now(), eventId));
        assertThat(cancelled.code()).isZero();
        assertThat(sim.mixSessions()).isEmpty();
        assertThatThrownBy(() -> lvb.mix(LvbInterface.MIX_CANCEL,
                new CancelMixRequest("room_1", "1000_a").toBody(Instant.now(), eventId)))
                .isInstanceOfSatisfying(LvbMixException.class, e -> assertThat(e.mixCode()).isEqualTo(-31001));
        mix(start("room_1", "1000_a", "1000_b"));
        assertThat(LvbJson.parseObject(lvb.mixRaw(LvbInterface.MIX_CANCEL,
                new CancelMixRequest("room_1", "1000_b").toBody(Instant.now(), eventId))).getInt("code"))
                .isEqualTo(-31003);
        assertThat(sim.mixSessions()).hasSize(1);
    }

    @Test
    void bodyValidationUsesLvbsCodes() {
        // 17 inputs: -3.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add(input("1000_a", 1 + i % 16));
        }
        assertThat(rawCode(startJson(many))).isEqualTo(-3);
        // Two inputs on layer 1: -11.
        assertThat(rawCode(startJson(List.of(input("1000_a", 1), input("1000_b", 1))))).isEqualTo(-11);
        // Layer out of range: -11.
        assertThat(rawCode(startJson(List.of(input("1000_a", 1), input("1000_b", 17))))).isEqualTo(-11);
        // Missing layout_params: -4.
        assertThat(rawCode(startJson(List.of(input("1000_a", 1), "{\"input_stream_id\":\"1000_b\"}")))).isEqualTo(-4);
        // Crop out of range: -29.
        assertThat(rawCode(startJson(List.of(input("1000_a", 1), LvbJson.toJson(new MixInput("1000_b",
                MixLayout.at(2, 1, 1, 10, 10), null)).replace("}}", "},\"crop_params\":{\"crop_width\":5000}}")))))
                .isEqualTo(-29);
        // Bitrate out of range: -31004.
        assertThat(code(new StartMixRequest("room_1", "1000_a", null, null, 50000, inputs("1000_a", "1000_b"))
                .toBody(Instant.now(), eventId).withAppId(sim.config().appId()))).isZero();
        String bitrate = LvbJson.toJson(start("room_9", "1000_a", "1000_b").withAppId(sim.config().appId()))
                .replace("\"output_stream_id\"", "\"output_stream_bitrate\":50001,\"output_stream_id\"");
        assertThat(rawCode(bitrate)).isEqualTo(-31004);
        // Template needs 3 inputs: -20.
        assertThat(code(new StartMixRequest("room_3", "1000_a", null, 310, null, inputs("1000_a", "1000_b"))
                .toBody(Instant.now(), eventId))).isEqualTo(-20);
        // Empty input list: -1.
        assertThat(rawCode(startJson(List.of()))).isEqualTo(-1);
    }

    @Test
    void envelopeErrors() {
        assertThat(rawCode("not json")).isEqualTo(-1);
        assertThat(rawCode("[1,2]")).isEqualTo(-1);
        String good = LvbJson.toJson(start("room_1", "1000_a", "1000_b").withAppId(sim.config().appId()));
        assertThat(rawCode(good.replace("Mix_StreamV2", "Mix_Stream"))).isEqualTo(-1);
        assertThat(rawCode(good.replace("mix_streamv2.start_mix_stream_advanced", "mix_streamv2.other"))).isEqualTo(-1);
        assertThat(rawCode(good.replace("\"eventId\":" + eventId, "\"eventId\":0"))).isEqualTo(-2);
        assertThat(rawCode(good.replace("\"app_id\":" + sim.config().appId(), "\"app_id\":1250000001")))
                .isEqualTo(-2);
        assertThat(rawCode(LvbJson.toJson(start("room_1", "1000_a", "1000_b"))) /* no app_id */).isEqualTo(-2);
        assertThat(rawCode(good.replace("\"room_1\"", "\"room-1\""))).isEqualTo(-2);
        // GET carries no body.
        JsonObject get = LvbJson.parseObject(lvb.send("GET", "/common_access?" + lvb.query("appid",
                Long.toString(sim.config().appId()), "Mix_StreamV2", Long.toString(Lvb.T0.getEpochSecond() + 60),
                dev.lvb.core.LvbSignature.sign(sim.config().apiKey(), Lvb.T0.getEpochSecond() + 60), null), null, null)
                .body());
        assertThat(get.getInt("code")).isEqualTo(-1);
    }

    @Test
    void theFrontEndChecksMixingToo() {
        String q = lvb.query("appid", Long.toString(sim.config().appId()), "Mix_StreamV2",
                Long.toString(Lvb.T0.getEpochSecond() + 60), "bad", null);
        String body = lvb.send("POST", "/common_access?" + q,
                LvbJson.toJson(start("room_1", "1000_a", "1000_b").withAppId(sim.config().appId())), "application/json")
                .body();
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, body))
                .isInstanceOfSatisfying(LvbFrontEndException.class,
                        e -> assertThat(e.reason()).isEqualTo(LvbFrontEndException.Reason.SIGN_INVALID));
        assertThat(sim.mixSessions()).isEmpty();
    }

    private static String input(String id, int layer) {
        return "{\"input_stream_id\":\"" + id + "\",\"layout_params\":{\"image_layer\":" + layer + "}}";
    }

    private String startJson(List<String> inputJson) {
        return """
                {"timestamp":%d,"eventId":%d,"interface":{"interfaceName":"Mix_StreamV2","para":{"app_id":%d,
                "interface":"mix_streamv2.start_mix_stream_advanced","mix_stream_session_id":"room_1",
                "output_stream_id":"1000_a","input_stream_list":[%s]}}}""".formatted(Lvb.T0.getEpochSecond(), eventId,
                sim.config().appId(), String.join(",", inputJson));
    }

    private int rawCode(String body) {
        return LvbJson.parseObject(lvb.mixRaw("Mix_StreamV2", body)).getInt("code");
    }

    @Test
    void cropParametersFromModelsAreAccepted() {
        MixStreamBody body = new StartMixRequest("room_1", "1000_a", null, 10, null, List.of(
                MixInput.of("1000_a", MixLayout.background()),
                new MixInput("1000_b", MixLayout.at(2, 0.7, 0.7, 0.25, 0.25), new MixCrop(200, 100, 100, 1))))
                .toBody(Instant.now(), eventId);
        assertThat(mix(body).code()).isZero();
    }
}
