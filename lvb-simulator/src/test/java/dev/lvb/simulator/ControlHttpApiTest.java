package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamState;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** The /simulator control API, as the demo and curl use it. */
class ControlHttpApiTest extends SimulatorTestBase {

    @BeforeEach
    void setUp() {
        sim.setCallbackUrl(null);
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return lvb.send(method, "/simulator" + path, body, body == null ? null : "application/json");
    }

    private JsonObject json(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(
                "application/json"));
        return LvbJson.parseObject(r.body());
    }

    @Test
    void pushStopAndStateOverHttp() {
        HttpResponse<String> push = call("POST", "/streams/1000_a/push",
                "{\"userIp\":\"203.0.113.7\",\"streamParam\":\"txSecret=x\",\"viewers\":42}");
        assertThat(push.statusCode()).isEqualTo(200);
        JsonObject pushed = json(push);
        assertThat(pushed.getBoolean("accepted")).isTrue();
        assertThat(pushed.getString("outcome")).isEqualTo("STARTED");
        assertThat(pushed.getString("sequence")).isNotBlank();
        assertThat(pushed.getJsonObject("stream").getString("status")).isEqualTo("LIVE");
        assertThat(pushed.getJsonObject("stream").getInt("viewers")).isEqualTo(42);
        assertThat(lvb.call(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest("1000_a"), StreamStatus.class)
                .state()).isEqualTo(StreamState.LIVE);

        assertThat(call("POST", "/streams/1000_a/push", null).statusCode()).isEqualTo(409);

        JsonObject streams = json(call("GET", "/streams", null));
        assertThat(streams.getInt("count")).isEqualTo(1);
        JsonObject view = streams.getJsonArray("streams").getJsonObject(0);
        assertThat(view.getString("streamId")).isEqualTo("1000_a");
        assertThat(view.getString("pushStartedAt")).isEqualTo("2026-03-02T02:00:00Z");
        assertThat(json(call("GET", "/streams/1000_a", null)).getString("streamId")).isEqualTo("1000_a");
        assertThat(call("GET", "/streams/1000_zz", null).statusCode()).isEqualTo(404);

        HttpResponse<String> stop = call("POST", "/streams/1000_a/stop", "{\"reason\":\"tcp_error\"}");
        assertThat(json(stop).getBoolean("stopped")).isTrue();
        assertThat(json(stop).getString("reason")).isEqualTo("TCP_ERROR");
        assertThat(json(call("POST", "/streams/1000_a/stop", "")).getBoolean("stopped")).isFalse();
        assertThat(call("POST", "/streams/1000_a/stop", "{\"reason\":\"nope\"}").statusCode()).isEqualTo(400);

        JsonObject callbacks = json(call("GET", "/callbacks", null));
        JsonArray list = callbacks.getJsonArray("callbacks");
        assertThat(list).hasSize(2);
        assertThat(list.getJsonObject(0).getInt("eventType")).isEqualTo(1);
        assertThat(list.getJsonObject(0).getString("state")).isEqualTo("SKIPPED");
        assertThat(list.getJsonObject(0).getJsonObject("body").getString("user_ip")).isEqualTo("203.0.113.7");
        assertThat(list.getJsonObject(1).getJsonObject("body").getInt("errcode")).isEqualTo(4);
    }

    @Test
    void refusedPushIs403WithTheReason() {
        lvb.call(LvbInterface.CHANNEL_SET_STATUS, SetStatusRequest.of("1000_a", StreamAction.BAN), Void.class);
        HttpResponse<String> r = call("POST", "/streams/1000_a/push", null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).getBoolean("accepted")).isFalse();
        assertThat(json(r).getString("outcome")).isEqualTo("DISABLED");
        assertThat(json(r).getString("reason")).contains("disabled");

        lvb.call(LvbInterface.CHANNEL_MANAGER,
                ChannelManagerRequest.forbid("1000_b", CLOCK.instant().plusSeconds(60)), Void.class);
        HttpResponse<String> forbidden = call("POST", "/streams/1000_b/push", null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).getString("outcome")).isEqualTo("FORBIDDEN");
        CLOCK.advance(Duration.ofSeconds(60));
        assertThat(call("POST", "/streams/1000_b/push", null).statusCode()).isEqualTo(200);
    }

    @Test
    void screenshotQueueRecordingsAndMixesOverHttp() {
        assertThat(call("POST", "/streams/1000_a/screenshot", null).statusCode()).isEqualTo(409);
        call("POST", "/streams/1000_a/push", null);
        call("POST", "/streams/1000_b/push", null);
        JsonObject shot = json(call("POST", "/streams/1000_a/screenshot", null));
        assertThat(shot.getString("pic_full_url")).startsWith(sim.baseUri().toString());
        JsonObject queue = json(call("GET", "/queue", null));
        assertThat(queue.getInt("count")).isEqualTo(1);
        assertThat(queue.getJsonArray("data").getJsonObject(0).getString("stream_id")).isEqualTo("1000_a");
        assertThat(json(call("GET", "/queue", null)).getInt("count")).isEqualTo(1); // not dequeued

        lvb.call(LvbInterface.TAPE_START, StartRecordingRequest.realtime("1000_a", Lvb.T0.plusSeconds(60)),
                dev.lvb.core.model.RecordingTask.class);
        CLOCK.advance(Duration.ofSeconds(61));
        assertThat(json(call("POST", "/tick", "")).getString("now")).isEqualTo("2026-03-02T02:01:01Z");
        JsonObject recordings = json(call("GET", "/recordings", null));
        assertThat(recordings.getJsonArray("tasks").getJsonObject(0).getString("state")).isEqualTo("FINISHED");
        assertThat(recordings.getJsonArray("files").getJsonObject(0).getString("task_id"))
                .isEqualTo(recordings.getJsonArray("tasks").getJsonObject(0).getString("taskId"));

        lvb.mix(LvbInterface.MIX_START, StartMixRequest.of("room_1", java.util.List.of(
                MixInput.of("1000_a", MixLayout.background()), MixInput.of("1000_b", MixLayout.at(2, 1, 1, 10, 10))))
                .toBody(Instant.now(), 7));
        JsonObject mixes = json(call("GET", "/mixes", null));
        assertThat(mixes.getJsonArray("sessions").getJsonObject(0).getString("sessionId")).isEqualTo("room_1");
    }

    @Test
    void infoCallbackUrlResetAndErrors() {
        JsonObject info = json(call("GET", "", null));
        assertThat(info.getJsonNumber("appId").longValue()).isEqualTo(sim.config().appId());
        assertThat(info.getString("apiUri")).isEqualTo(sim.apiUri().toString());
        assertThat(info.containsKey("callbackUrl")).isFalse();

        JsonObject set = json(call("PUT", "/callback-url", "{\"url\":\"http://127.0.0.1:1/lvb/events\"}"));
        assertThat(set.getString("callbackUrl")).isEqualTo("http://127.0.0.1:1/lvb/events");
        assertThat(sim.callbackUrl()).hasValueSatisfying(u -> assertThat(u.getPort()).isEqualTo(1));
        assertThat(call("PUT", "/callback-url", "{\"url\":\"ftp://x\"}").statusCode()).isEqualTo(400);
        assertThat(json(call("PUT", "/callback-url", "{\"url\":null}")).containsKey("callbackUrl")).isFalse();
        assertThat(sim.callbackUrl()).isEmpty();

        call("POST", "/streams/1000_a/push", null);
        assertThat(json(call("POST", "/reset", "")).getBoolean("reset")).isTrue();
        assertThat(sim.streams()).isEmpty();

        assertThat(call("GET", "/nothing", null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/streams", null).statusCode()).isEqualTo(405);
        assertThat(call("GET", "/streams/1000_a/push", null).statusCode()).isEqualTo(405);
        assertThat(call("GET", "/tick", null).headers().firstValue("Allow")).contains("POST");
        assertThat(call("DELETE", "/callback-url", null).headers().firstValue("Allow")).contains("GET, PUT, POST");
        assertThat(call("POST", "/media/x.jpg", null).headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(call("GET", "/streams//push", null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/streams/1000_a/events/x", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/streams/1000_a/push/more", null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/streams/1000_a/push", "{not json").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/streams/1000_a/push", "{\"viewers\":0}").statusCode()).isEqualTo(400);
        assertThat(call("GET", "/media/unknown.bin", null).statusCode()).isEqualTo(404);
        assertThat(lvb.send("GET", "/simulatorx", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void streamIdsArePercentDecoded() {
        assertThat(call("POST", "/streams/1000_a%2Bb/push", null).statusCode()).isEqualTo(200);
        assertThat(sim.stream("1000_a+b")).isPresent();
    }
}
