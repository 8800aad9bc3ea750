package dev.lvb.core.model;

import static dev.lvb.core.model.RequestAssertions.assertInvalid;
import static dev.lvb.core.testing.TestJson.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.json.LvbJson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cloud stream mixing requests (§4.2). */
class MixRequestsTest {

    private static List<MixInput> inputs(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> MixInput.of("1234_" + i,
                i == 1 ? MixLayout.background() : MixLayout.at(i, 10 * i, 10 * i, 160, 240))).toList();
    }

    @Test
    void oneToSixteenInputsAreAccepted() {
        assertThat(StartMixRequest.of("room_1", inputs(1)).inputs()).hasSize(1);
        assertThat(StartMixRequest.of("room_1", inputs(16)).inputs()).hasSize(16);
    }

    @Test
    void zeroInputsAreRejected() {
        assertInvalid("input_stream_list", () -> new StartMixRequest("room_1", "1234_a", null, null, null, List.of()));
        assertInvalid("input_stream_list", () -> StartMixRequest.of("room_1", List.of()));
        assertInvalid("input_stream_list", () -> StartMixRequest.of("room_1", null));
        assertInvalid("input_stream_list", () -> new StartMixRequest("room_1", "1234_a", null, null, null, null));
    }

    @Test
    void seventeenInputsAreRejected() {
        List<MixInput> seventeen = new ArrayList<>(inputs(16));
        seventeen.add(MixInput.of("1234_17", MixLayout.at(16, 0, 0, 10, 10)));
        assertThatThrownBy(() -> StartMixRequest.of("room_1", seventeen)).hasMessageContaining("got 17");
        assertInvalid("input_stream_list", () -> StartMixRequest.of("room_1", seventeen));
    }

    @Test
    void duplicateLayersAreRejected() {
        List<MixInput> dup = List.of(MixInput.of("1234_a", MixLayout.background()),
                MixInput.of("1234_b", MixLayout.at(2, 0, 0, 10, 10)), MixInput.of("1234_c", MixLayout.at(2, 5, 5, 10, 10)));
        assertInvalid("layout_params.image_layer", () -> StartMixRequest.of("room_1", dup));
        assertThatThrownBy(() -> StartMixRequest.of("room_1", dup)).hasMessageContaining("layer 2 is used twice");
    }

    @Test
    void aNullInputIsRejected() {
        List<MixInput> withNull = new ArrayList<>(inputs(1));
        withNull.add(null);
        assertInvalid("input_stream_list[]", () -> new StartMixRequest("room_1", "1234_1", null, null, null, withNull));
    }

    @Test
    void idsAreLimitedTo80BytesNotCharacters() {
        String chinese27 = "直".repeat(27); // 81 bytes in UTF-8
        String chinese26 = "直".repeat(26) + "ab"; // 80 bytes
        assertThat(chinese27.getBytes(StandardCharsets.UTF_8)).hasSize(81);
        assertThat(chinese26.getBytes(StandardCharsets.UTF_8)).hasSize(80);

        assertInvalid("output_stream_id",
                () -> new StartMixRequest("room_1", chinese27, MixOutputType.NEW_STREAM, null, null, inputs(2)));
        assertThat(new StartMixRequest("room_1", chinese26, MixOutputType.NEW_STREAM, null, null, inputs(2))
                .outputStreamId()).isEqualTo(chinese26);
        assertInvalid("input_stream_id", () -> MixInput.of(chinese27, MixLayout.background()));
        assertThat(MixInput.of(chinese26, MixLayout.background()).inputStreamId()).isEqualTo(chinese26);
        assertInvalid("input_stream_id", () -> MixInput.of("a".repeat(81), MixLayout.background()));
        assertInvalid("mix_stream_session_id", () -> StartMixRequest.of("s".repeat(81), inputs(1)));
        assertThat(StartMixRequest.of("s".repeat(80), inputs(1)).sessionId()).hasSize(80);
        assertInvalid("output_stream_id", () -> new CancelMixRequest("room_1", chinese27));
    }

    @ParameterizedTest(name = "session id \"{0}\"")
    @ValueSource(strings = { "room-1", "room 1", "room.1", "房间1", "room_1!", "a/b" })
    void sessionIdsAreLettersDigitsAndUnderscore(String sessionId) {
        assertInvalid("mix_stream_session_id", () -> StartMixRequest.of(sessionId, inputs(1)));
        assertInvalid("mix_stream_session_id", () -> new CancelMixRequest(sessionId, "1234_a"));
    }

    @Test
    void validSessionIds() {
        assertThat(StartMixRequest.of("Room_01", inputs(1)).sessionId()).isEqualTo("Room_01");
        assertThat(new CancelMixRequest("_", "1234_a").sessionId()).isEqualTo("_");
    }

    @Test
    void requiredMixingParameters() {
        assertInvalid("mix_stream_session_id", () -> StartMixRequest.of(null, inputs(1)));
        assertInvalid("mix_stream_session_id", () -> StartMixRequest.of("", inputs(1)));
        assertInvalid("output_stream_id", () -> new StartMixRequest("room_1", null, null, null, null, inputs(1)));
        assertInvalid("input_stream_id", () -> MixInput.of(null, MixLayout.background()));
        assertInvalid("layout_params", () -> MixInput.of("1234_a", null));
        assertInvalid("layout_params.image_layer", () -> new MixLayout(null, null, null, null, null, null, null, null));
        assertInvalid("mix_stream_session_id", () -> new CancelMixRequest(null, "1234_a"));
        assertInvalid("output_stream_id", () -> new CancelMixRequest("room_1", ""));
    }

    @Test
    void layoutRanges() {
        assertInvalid("layout_params.image_layer", () -> MixLayout.at(0, 0, 0, 10, 10));
        assertInvalid("layout_params.image_layer", () -> MixLayout.at(17, 0, 0, 10, 10));
        assertThat(MixLayout.at(16, 0, 0, 0.5, 0.5).imageLayer()).isEqualTo(16);
        assertInvalid("layout_params.image_width", () -> MixLayout.at(2, 0, 0, 3001, 10));
        assertInvalid("layout_params.image_height", () -> MixLayout.at(2, 0, 0, 10, -1));
        assertInvalid("layout_params.location_x", () -> MixLayout.at(2, Double.NaN, 0, 10, 10));
        assertInvalid("layout_params.location_y", () -> MixLayout.at(2, 0, 3000.5, 10, 10));
        assertThat(MixLayout.at(2, 3000, 3000, 3000, 3000).locationX()).isEqualTo(3000.0);
    }

    @ParameterizedTest(name = "input_type {0}")
    @ValueSource(ints = { 0, 2, 3, 4, 5 })
    void documentedInputTypesAreAccepted(int inputType) {
        assertThat(new MixLayout(2, inputType, null, null, null, null, "0x000000", 7).inputType()).isEqualTo(inputType);
    }

    @ParameterizedTest(name = "input_type {0}")
    @ValueSource(ints = { -1, 1, 6, 100 })
    void otherInputTypesAreRejected(int inputType) {
        assertInvalid("layout_params.input_type", () -> new MixLayout(2, inputType, null, null, null, null, null, null));
    }

    @Test
    void cropRanges() {
        assertInvalid("crop_params.crop_width", () -> new MixCrop(3001, 0, 0, 0));
        assertInvalid("crop_params.crop_height", () -> new MixCrop(0, -1, 0, 0));
        assertInvalid("crop_params.crop_x", () -> new MixCrop(0, 0, 3001, 0));
        assertInvalid("crop_params.crop_y", () -> new MixCrop(0, 0, 0, -5));
        assertThat(new MixCrop(3000, 3000, 0, 0).cropWidth()).isEqualTo(3000);
    }

    @Test
    void bitrateAndTemplateRanges() {
        assertInvalid("output_stream_bitrate", () -> new StartMixRequest("room_1", "1234_1", null, null, 0, inputs(1)));
        assertInvalid("output_stream_bitrate",
                () -> new StartMixRequest("room_1", "1234_1", null, null, 50001, inputs(1)));
        assertThat(new StartMixRequest("room_1", "1234_1", null, null, 50000, inputs(1)).outputBitrate())
                .isEqualTo(50000);
        assertInvalid("mix_stream_template_id",
                () -> new StartMixRequest("room_1", "1234_1", null, -1, null, inputs(1)));
        assertThat(new StartMixRequest("room_1", "1234_1", null, 390, null, inputs(3)).templateId()).isEqualTo(390);
    }

    @Test
    void ofUsesTheFirstInputAsOutput() {
        StartMixRequest r = StartMixRequest.of("room_1", inputs(3));
        assertThat(r.outputStreamId()).isEqualTo("1234_1");
        assertThat(r.outputType()).isNull();
    }

    @Test
    void inputsAreCopied() {
        List<MixInput> list = new ArrayList<>(inputs(2));
        StartMixRequest r = StartMixRequest.of("room_1", list);
        list.clear();
        assertThat(r.inputs()).hasSize(2);
        assertThatThrownBy(() -> r.inputs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void startBodyForANewOutputStream() {
        StartMixRequest r = new StartMixRequest("room_1", "1234_mix", MixOutputType.NEW_STREAM, 20, 1500,
                List.of(MixInput.of("1234_a", MixLayout.background()),
                        new MixInput("1234_b", new MixLayout(2, 5, 0.25, 0.25, 0.7, 0.7, null, null), null)));
        MixStreamBody body = r.toBody(Instant.ofEpochSecond(1490079362L), 42L);
        assertThat(body.operation()).contains(LvbInterface.MIX_START);
        assertThat(body.call().para().appId()).isNull();
        assertSameJson("""
                {"timestamp":1490079362,"eventId":42,"interface":{"interfaceName":"Mix_StreamV2","para":{
                  "interface":"mix_streamv2.start_mix_stream_advanced","mix_stream_session_id":"room_1",
                  "output_stream_id":"1234_mix","output_stream_type":1,"mix_stream_template_id":20,
                  "output_stream_bitrate":1500,"input_stream_list":[
                    {"input_stream_id":"1234_a","layout_params":{"image_layer":1}},
                    {"input_stream_id":"1234_b","layout_params":{"image_layer":2,"input_type":5,"image_width":0.25,
                     "image_height":0.25,"location_x":0.7,"location_y":0.7}}]}}}""", LvbJson.toJsonObject(body));
        MixStreamBody withApp = body.withAppId(1252500000L);
        assertThat(withApp.call().para().appId()).isEqualTo(1252500000L);
        assertThat(LvbJson.toJsonObject(withApp).getJsonObject("interface").getJsonObject("para")
                .getJsonNumber("app_id").longValueExact()).isEqualTo(1252500000L);
        assertThat(LvbJson.bind(LvbJson.toJsonObject(withApp), MixStreamBody.class)).isEqualTo(withApp);
    }

    @Test
    void cancelBody() {
        MixStreamBody body = new CancelMixRequest("room_1", "1234_a").toBody(Instant.ofEpochSecond(1490079400L), 7L)
                .withAppId(1252500000L);
        assertThat(body.operation()).contains(LvbInterface.MIX_CANCEL);
        assertSameJson("""
                {"timestamp":1490079400,"eventId":7,"interface":{"interfaceName":"Mix_StreamV2","para":{
                  "app_id":1252500000,"interface":"mix_streamv2.cancel_mix_stream",
                  "mix_stream_session_id":"room_1","output_stream_id":"1234_a"}}}""", LvbJson.toJsonObject(body));
        assertThat(LvbJson.bind(LvbJson.toJsonObject(body), MixStreamBody.class)).isEqualTo(body);
    }

    @Test
    void operationOfAnUnknownOrMissingInterfaceIsEmpty() {
        assertThat(new MixStreamBody(1L, 1L, null).operation()).isEmpty();
        assertThat(new MixStreamBody(1L, 1L, new MixCall("Mix_StreamV2", null)).operation()).isEmpty();
        MixParameters other = new MixParameters(null, "Live_Channel_GetStatus", null, null, null, null, null, null);
        assertThat(new MixStreamBody(1L, 1L, new MixCall("Mix_StreamV2", other)).operation()).isEmpty();
        MixParameters none = new MixParameters(null, null, null, null, null, null, null, null);
        assertThat(new MixStreamBody(1L, 1L, new MixCall("Mix_StreamV2", none)).operation()).isEmpty();
    }

    @Test
    void invalidBodiesReceivedAsJsonAreProtocolErrorsNamingTheRule() {
        assertThatThrownBy(() -> LvbJson.bind(dev.lvb.core.testing.TestJson.json("""
                {"input_stream_id":"1234_a","layout_params":{"image_layer":17}}"""), MixInput.class))
                .isInstanceOf(dev.lvb.core.error.LvbProtocolException.class)
                .hasMessageContaining("layout_params.image_layer");
    }
}
