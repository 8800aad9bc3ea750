package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbTime;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.model.Channel;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamState;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Live_Channel_GetStatus, SetStatus, channel_manager and the channel lists, driven by pushes. */
class StreamStatusApiTest extends SimulatorTestBase {

    private StreamState state(String id) {
        return lvb.call(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest(id), StreamStatus.class).state();
    }

    private void setStatus(String id, StreamAction action) {
        lvb.call(LvbInterface.CHANNEL_SET_STATUS, SetStatusRequest.of(id, action), Void.class);
    }

    @Test
    void neverPushedStreamIs20601() {
        String body = lvb.get(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest("1000_new"));
        JsonObject reply = LvbJson.parseObject(body);
        assertThat(reply.getInt("ret")).isEqualTo(20601);
        assertThat(reply.getInt("retcode")).isEqualTo(20601);
        assertThatThrownBy(() -> state("1000_new")).isInstanceOfSatisfying(LvbApiException.class,
                e -> assertThat(e.ret()).isEqualTo(20601));
    }

    @Test
    void getStatusOutputIsAnArrayWithTheDocumentedFields() {
        sim.startPush("1000_a");
        JsonObject reply = lvb.json(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest("1000_a"));
        assertThat(reply.keySet()).containsExactly("ret", "retcode", "errmsg", "message", "output");
        assertThat(reply.getInt("ret")).isZero();
        JsonArray output = reply.getJsonArray("output");
        assertThat(output).hasSize(1);
        JsonObject entry = output.getJsonObject(0);
        assertThat(entry.keySet()).containsExactlyInAnyOrder("rate_type", "recv_type", "status");
        assertThat(entry.getInt("rate_type")).isZero();
        assertThat(entry.getInt("recv_type")).isEqualTo(1);
        assertThat(entry.getInt("status")).isEqualTo(1);
    }

    @Test
    void pushAndStopChangeTheStatus() {
        assertThat(sim.startPush("1000_a").accepted()).isTrue();
        assertThat(state("1000_a")).isEqualTo(StreamState.LIVE);
        assertThat(sim.startPush("1000_a").outcome()).isEqualTo(PushResult.Outcome.ALREADY_LIVE);
        assertThat(sim.stopPush("1000_a")).isTrue();
        assertThat(sim.stopPush("1000_a")).isFalse();
        assertThat(state("1000_a")).isEqualTo(StreamState.INTERRUPTED);
    }

    @Test
    void banKicksAndRefusesUntilAllowed() {
        sim.startPush("1000_a");
        setStatus("1000_a", StreamAction.BAN);
        assertThat(state("1000_a")).isEqualTo(StreamState.DISABLED);
        assertThat(sim.stream("1000_a").orElseThrow().status()).isEqualTo(StreamView.Status.DISABLED);

        PushResult refused = sim.startPush("1000_a");
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.outcome()).isEqualTo(PushResult.Outcome.DISABLED);
        assertThat(refused.reason()).contains("Live_Channel_SetStatus");
        assertThat(state("1000_a")).isEqualTo(StreamState.DISABLED);

        // The kick ended the push with an end notification.
        List<CallbackRecord> log = sim.awaitCallbacks(2, Duration.ofSeconds(5));
        assertThat(log).extracting(CallbackRecord::eventType).containsExactly(1, 0);
        StreamEndEvent end = (StreamEndEvent) log.get(1).toEvent();
        assertThat(end.errmsg()).isEqualTo(DisconnectReason.DISABLED.errmsg());

        setStatus("1000_a", StreamAction.ALLOW);
        assertThat(state("1000_a")).isEqualTo(StreamState.INTERRUPTED);
        assertThat(sim.startPush("1000_a").accepted()).isTrue();
        assertThat(state("1000_a")).isEqualTo(StreamState.LIVE);
    }

    @Test
    void banOfANeverPushedStreamIsRememberedAndLastsSevenDays() {
        setStatus("1000_b", StreamAction.BAN);
        assertThat(state("1000_b")).isEqualTo(StreamState.DISABLED);
        assertThat(sim.startPush("1000_b").outcome()).isEqualTo(PushResult.Outcome.DISABLED);
        CLOCK.advance(Duration.ofDays(7));
        assertThat(sim.startPush("1000_b").accepted()).isTrue();
    }

    @Test
    void dropKicksButAllowsAnotherPush() {
        PushResult first = sim.startPush("1000_a");
        setStatus("1000_a", StreamAction.DROP);
        assertThat(state("1000_a")).isEqualTo(StreamState.INTERRUPTED);
        PushResult second = sim.startPush("1000_a");
        assertThat(second.accepted()).isTrue();
        assertThat(second.sequence()).isNotEqualTo(first.sequence());
        assertThat(state("1000_a")).isEqualTo(StreamState.LIVE);
        // Dropping or allowing an unknown stream is harmless.
        setStatus("1000_unknown", StreamAction.DROP);
        setStatus("1000_unknown", StreamAction.ALLOW);
        assertThat(sim.stream("1000_unknown")).isEmpty();
    }

    @Test
    void forbidRefusesUntilTheTimeThenAllows() {
        sim.startPush("1000_a");
        Instant until = CLOCK.instant().plus(Duration.ofHours(1));
        lvb.call(LvbInterface.CHANNEL_MANAGER, ChannelManagerRequest.forbid("1000_a", until), Void.class);
        assertThat(state("1000_a")).isEqualTo(StreamState.DISABLED);
        StreamView view = sim.stream("1000_a").orElseThrow();
        assertThat(view.status()).isEqualTo(StreamView.Status.FORBIDDEN);
        assertThat(view.disabledUntil()).isEqualTo(until);
        assertThat(sim.startPush("1000_a").outcome()).isEqualTo(PushResult.Outcome.FORBIDDEN);

        CLOCK.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(sim.startPush("1000_a").accepted()).isFalse();
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(state("1000_a")).isEqualTo(StreamState.INTERRUPTED);
        assertThat(sim.startPush("1000_a").accepted()).isTrue();
    }

    @Test
    void resumeLiftsAForbid() {
        lvb.call(LvbInterface.CHANNEL_MANAGER,
                ChannelManagerRequest.forbid("1000_a", CLOCK.instant().plus(Duration.ofDays(1))), Void.class);
        assertThat(sim.startPush("1000_a").accepted()).isFalse();
        lvb.call(LvbInterface.CHANNEL_MANAGER, ChannelManagerRequest.resume("1000_a", CLOCK.instant()), Void.class);
        assertThat(sim.startPush("1000_a").accepted()).isTrue();
    }

    @Test
    void forbidIsCappedAtNinetyDaysAndAcceptsCapitalisedActions() {
        lvb.call(LvbInterface.CHANNEL_MANAGER, LvbParams.builder().s("channel_id", "1000_a")
                .n("abstime_end", CLOCK.instant().plus(Duration.ofDays(400)).getEpochSecond()).s("action", "Forbid")
                .build(), Void.class);
        assertThat(sim.stream("1000_a").orElseThrow().disabledUntil())
                .isEqualTo(CLOCK.instant().plus(Duration.ofDays(90)));
    }

    @Test
    void invalidParametersAreRejectedWithTheValidationMessage() {
        JsonObject reply = lvb.json(LvbInterface.CHANNEL_SET_STATUS,
                LvbParams.builder().s("channel_id", "1000_a").n("status", 5).build());
        assertThat(reply.getInt("ret")).isNotZero();
        assertThat(reply.getString("message")).contains("Param.n.status");
        JsonObject missing = lvb.json(LvbInterface.CHANNEL_GET_STATUS, LvbParams.builder().build());
        assertThat(missing.getInt("ret")).isNotZero();
        assertThat(missing.getString("message")).contains("Param.s.channel_id");
        JsonObject action = lvb.json(LvbInterface.CHANNEL_MANAGER, LvbParams.builder().s("channel_id", "1000_a")
                .n("abstime_end", 1).s("action", "pause").build());
        assertThat(action.getString("message")).contains("Param.s.action");
    }

    @Test
    void channelListShowsEveryPushedStreamWithItsStatus() {
        sim.startPush("1000_live");
        CLOCK.advance(Duration.ofSeconds(1));
        sim.startPush("1000_idle");
        sim.stopPush("1000_idle");
        CLOCK.advance(Duration.ofSeconds(1));
        sim.startPush("1000_banned");
        setStatus("1000_banned", StreamAction.BAN);
        CLOCK.advance(Duration.ofSeconds(1));
        sim.startPush("1000_forbidden");
        lvb.call(LvbInterface.CHANNEL_MANAGER,
                ChannelManagerRequest.forbid("1000_forbidden", CLOCK.instant().plus(Duration.ofHours(2))), Void.class);
        setStatus("1000_never", StreamAction.BAN); // no channel: never pushed

        ChannelList all = lvb.call(LvbInterface.CHANNEL_GET_CHANNEL_LIST, ChannelListRequest.all(), ChannelList.class);
        assertThat(all.allCount()).isEqualTo(4);
        assertThat(all.channelList()).extracting(Channel::channelId, Channel::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1000_live", 1), org.assertj.core.groups.Tuple.tuple("1000_idle", 0),
                org.assertj.core.groups.Tuple.tuple("1000_banned", 3),
                org.assertj.core.groups.Tuple.tuple("1000_forbidden", 4));
        assertThat(all.channelList().get(0).createTime()).isEqualTo(LvbTime.format(Lvb.T0)).isEqualTo("2026-03-02 10:00:00");

        assertThat(ids(ChannelListRequest.all().withStatus(ChannelStatusFilter.ON))).containsExactly("1000_live");
        assertThat(ids(ChannelListRequest.all().withStatus(ChannelStatusFilter.INTERRUPTED)))
                .containsExactly("1000_idle");
        assertThat(ids(ChannelListRequest.all().withStatus(ChannelStatusFilter.OFF)))
                .containsExactly("1000_banned", "1000_forbidden");
        assertThat(ids(ChannelListRequest.all().orderedByCreateTime(SortOrder.DESC))).containsExactly(
                "1000_forbidden", "1000_banned", "1000_idle", "1000_live");

        JsonObject raw = lvb.json(LvbInterface.CHANNEL_GET_CHANNEL_LIST, ChannelListRequest.all());
        JsonObject item = raw.getJsonObject("output").getJsonArray("channel_list").getJsonObject(0);
        assertThat(raw.getJsonObject("output").keySet()).containsExactlyInAnyOrder("all_count", "channel_list");
        assertThat(item.keySet()).containsExactlyInAnyOrder("channel_id", "channel_name", "create_mode",
                "create_time", "path", "status", "watermark_id");
    }

    @Test
    void channelListPagesAndUnderstandsBothSortParameterNames() {
        for (int i = 0; i < 25; i++) {
            sim.startPush(String.format("1000_%02d", i));
            CLOCK.advance(Duration.ofSeconds(1));
        }
        ChannelList first = lvb.call(LvbInterface.CHANNEL_GET_CHANNEL_LIST, ChannelListRequest.all(), ChannelList.class);
        assertThat(first.allCount()).isEqualTo(25);
        assertThat(first.channelList()).hasSize(10);
        ChannelList third = lvb.call(LvbInterface.CHANNEL_GET_CHANNEL_LIST, ChannelListRequest.all().page(3, 10),
                ChannelList.class);
        assertThat(third.channelList()).extracting(Channel::channelId).containsExactly("1000_20", "1000_21", "1000_22",
                "1000_23", "1000_24");
        ChannelList beyond = lvb.call(LvbInterface.CHANNEL_GET_CHANNEL_LIST, ChannelListRequest.all().page(9, 10),
                ChannelList.class);
        assertThat(beyond.allCount()).isEqualTo(25);
        assertThat(beyond.channelList()).isEmpty();

        Lvb older = new Lvb(sim, new LvbWireOptions("appid", false, "order_type", "Mix_StreamV2"));
        ChannelList desc = older.call(LvbInterface.CHANNEL_GET_CHANNEL_LIST,
                ChannelListRequest.all().orderedByCreateTime(SortOrder.DESC), ChannelList.class);
        assertThat(desc.channelList().get(0).channelId()).isEqualTo("1000_24");

        JsonObject tooBig = lvb.json(LvbInterface.CHANNEL_GET_CHANNEL_LIST,
                LvbParams.builder().n("page_size", 101).build());
        assertThat(tooBig.getInt("ret")).isNotZero();
    }

    @Test
    void liveChannelListHasOnlyLiveStreams() {
        sim.startPush("1000_a");
        sim.startPush("1000_b");
        sim.startPush("1000_c");
        sim.stopPush("1000_b");
        LiveChannelList live = lvb.call(LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST, (LvbParams) null,
                LiveChannelList.class);
        assertThat(live.allCount()).isEqualTo(2);
        assertThat(live.streamIds()).containsExactly("1000_a", "1000_c");
        JsonObject raw = lvb.json(LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST, (LvbParams) null);
        assertThat(raw.getJsonObject("output").getJsonArray("channel_list").getJsonObject(0).getString("channel_id"))
                .isEqualTo("1000_a");
    }

    @Test
    void setStatusAndChannelManagerAnswerOnlyTheEnvelope() {
        sim.startPush("1000_a");
        JsonObject reply = lvb.json(LvbInterface.CHANNEL_SET_STATUS, SetStatusRequest.of("1000_a", StreamAction.DROP));
        assertThat(reply.keySet()).containsExactly("ret", "retcode", "errmsg", "message");
        assertThat(reply.getInt("ret")).isZero();
    }

    private List<String> ids(ChannelListRequest request) {
        return lvb.call(LvbInterface.CHANNEL_GET_CHANNEL_LIST, request, ChannelList.class).channelList().stream()
                .map(Channel::channelId).toList();
    }
}
