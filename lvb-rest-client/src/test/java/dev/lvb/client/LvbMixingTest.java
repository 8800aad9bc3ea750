package dev.lvb.client;

import static dev.lvb.client.JsonAssert.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.MixCrop;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.StartMixRequest;
import jakarta.json.JsonObject;

/** Stream mixing: POST with the spec's JSON body (app id and timestamp filled in), query signed like the rest. */
class LvbMixingTest extends LvbWireMockSupport {

    static final String SUCCESS = "{\"code\":0,\"message\":\"Success!\",\"event_id\":\"1527240138\",\"timestamp\":1490079362}";

    /** The request of the spec's section 4.2 example. */
    static StartMixRequest specExample() {
        return new StartMixRequest("room_1", "1234_a", MixOutputType.ONE_OF_INPUTS, 0, null, List.of(
                MixInput.of("1234_a", MixLayout.background()),
                new MixInput("1234_b", MixLayout.at(2, 380, 630, 160, 240), new MixCrop(200, 100, 100, 1))));
    }

    static String specBody(long timestamp, long eventId) {
        return """
                {
                  "timestamp": %d,
                  "eventId": %d,
                  "interface": {
                    "interfaceName": "Mix_StreamV2",
                    "para": {
                      "app_id": 1252500000,
                      "interface": "mix_streamv2.start_mix_stream_advanced",
                      "mix_stream_session_id": "room_1",
                      "output_stream_id": "1234_a",
                      "output_stream_type": 0,
                      "mix_stream_template_id": 0,
                      "input_stream_list": [
                        {"input_stream_id": "1234_a", "layout_params": {"image_layer": 1}},
                        {"input_stream_id": "1234_b",
                         "layout_params": {"image_layer": 2, "image_width": 160, "image_height": 240, "location_x": 380, "location_y": 630},
                         "crop_params": {"crop_width": 200, "crop_height": 100, "crop_x": 100, "crop_y": 1}}
                      ]
                    }
                  }
                }""".formatted(timestamp, eventId);
    }

    static long eventId(LoggedRequest request) {
        JsonObject body = JsonAssert.parse(request.getBodyAsString());
        long eventId = body.getJsonNumber("eventId").longValueExact();
        assertThat(eventId).as("eventId: a positive int32").isBetween(1L, (long) Integer.MAX_VALUE);
        return eventId;
    }

    @Test
    void startMixPostsTheSpecBodyWithAppIdToFcgi() {
        stubFcgi(json(SUCCESS));
        Instant before = Instant.now();
        MixResult result = lvb.startMix(specExample());
        Instant after = Instant.now();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertSigned(request, FCGI_PATH, "appid=1252500000&interface=Mix_StreamV2", before, after);
        long timestamp = JsonAssert.parse(request.getBodyAsString()).getJsonNumber("timestamp").longValueExact();
        assertThat(timestamp).isBetween(before.getEpochSecond(), after.getEpochSecond());
        assertSameJson(request.getBodyAsString(), specBody(timestamp, eventId(request)));

        assertThat(result.code()).isZero();
        assertThat(result.message()).isEqualTo("Success!");
        assertThat(result.eventId()).isEqualTo("1527240138");
        assertThat(result.timestamp()).isEqualTo(1490079362L);
    }

    @Test
    void mixingWithTheSpecSignatureVectorAndAFixedClock() {
        // 云端混流.md: key 40328529ca4381a80c6ecf2e6aa57438, t 1490858347 -> sign 7f29ed83c61b77de1b0d66936fd4fd44
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1490858347L - 60), ZoneOffset.UTC);
        LvbApi fixed = client(LvbClientSettings.of(LvbCredentials.of(APP_ID, "40328529ca4381a80c6ecf2e6aa57438"))
                .withStatcgiUrl(statcgiUrl()).withClock(clock));
        try {
            stubFcgi(json(SUCCESS));
            fixed.startMix(specExample());
            LoggedRequest request = onlyRequest();
            assertThat(request.getUrl()).isEqualTo(FCGI_PATH + "?appid=1252500000&interface=Mix_StreamV2"
                    + "&t=1490858347&sign=7f29ed83c61b77de1b0d66936fd4fd44");
            assertSameJson(request.getBodyAsString(), specBody(1490858287L, eventId(request)));
        } finally {
            LvbClients.close(fixed);
        }
    }

    @Test
    void cancelMixPostsTheCancelBody() {
        stubFcgi(json("{\"code\":0,\"message\":\"Success!\",\"event_id\":1527240139,\"timestamp\":1490079400}"));
        Instant before = Instant.now();
        MixResult result = lvb.cancelMix(new CancelMixRequest("room_1", "1234_a"));
        Instant after = Instant.now();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertSigned(request, FCGI_PATH, "appid=1252500000&interface=Mix_StreamV2", before, after);
        long timestamp = JsonAssert.parse(request.getBodyAsString()).getJsonNumber("timestamp").longValueExact();
        assertSameJson(request.getBodyAsString(), """
                {"timestamp": %d, "eventId": %d, "interface": {"interfaceName": "Mix_StreamV2", "para": {
                  "app_id": 1252500000, "interface": "mix_streamv2.cancel_mix_stream",
                  "mix_stream_session_id": "room_1", "output_stream_id": "1234_a"}}}"""
                .formatted(timestamp, eventId(request)));
        assertThat(result.eventId()).isEqualTo("1527240139");
    }

    @Test
    void eachMixCallHasItsOwnEventId() {
        stubFcgi(json(SUCCESS));
        lvb.startMix(specExample());
        lvb.startMix(specExample());
        List<Long> ids = requests().stream().map(LvbMixingTest::eventId).toList();
        assertThat(ids).hasSize(2);
        // random positive ints: equal only with probability 2^-31
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void mixingAcceptsAJsonReplyServedAsTextHtml() {
        stubFcgi(json(SUCCESS).withHeader("Content-Type", "text/html; charset=utf-8"));
        assertThat(lvb.startMix(specExample()).code()).isZero();
    }
}
