package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbTime;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PlayStatPoint;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.PushStatPoint;
import dev.lvb.core.model.StreamStat;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Get_LiveStat / Get_LivePushStat / Get_LivePlayStat and the two history APIs on the statcgi side. */
class StatisticsApiTest extends SimulatorTestBase {

    @Test
    void liveStatReportsLiveStreamsWithPositiveNumbers() {
        sim.startPush("1000_a", new PushOptions("203.0.113.10", "txSecret=x&txTime=5CEBE4B7", 100));
        sim.startPush("1000_b", new PushOptions(null, null, 20));
        sim.startPush("1000_c");
        sim.stopPush("1000_c");

        LiveStat stat = lvb.call(LvbInterface.GET_LIVE_STAT, LiveStatRequest.all(), LiveStat.class);
        assertThat(stat.streamCount()).isEqualTo(2);
        assertThat(stat.totalOnline()).isEqualTo(120);
        assertThat(stat.streamInfo()).extracting(StreamStat::streamName).containsExactly("1000_a", "1000_b");
        StreamStat a = stat.streamInfo().get(0);
        assertThat(a.online()).isEqualTo(100);
        assertThat(a.clientIp()).isEqualTo("203.0.113.10");
        assertThat(a.serverIp()).isNotBlank();
        assertThat(a.fps()).isBetween(25, 30);
        assertThat(a.speed()).isBetween(1_000_000L, 2_000_000L);
        assertThat(a.bandwidth()).isCloseTo(100 * a.speed() / 1e6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(stat.totalBandwidth()).isCloseTo(a.bandwidth() + stat.streamInfo().get(1).bandwidth(),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(stat.dataTime()).isEqualTo(LvbTime.format(CLOCK.instant()));

        // The same numbers in the view.
        assertThat(sim.stream("1000_a").orElseThrow().speedBps()).isEqualTo(a.speed());

        JsonObject raw = lvb.json(LvbInterface.GET_LIVE_STAT, LiveStatRequest.all()).getJsonObject("output");
        assertThat(raw.keySet()).contains("stream_count", "total_bandwidth", "total_online", "stream_info");
        assertThat(raw.getJsonArray("stream_info").getJsonObject(0).keySet()).containsExactlyInAnyOrder("stream_name",
                "bandwidth", "online", "client_ip", "server_ip", "fps", "speed");
    }

    @Test
    void pushAndPlayStatCarryTheirOwnFields() {
        sim.startPush("1000_a");
        JsonObject push = lvb.json(LvbInterface.GET_LIVE_PUSH_STAT, LiveStatRequest.all()).getJsonObject("output");
        assertThat(push.keySet()).doesNotContain("total_bandwidth", "total_online");
        assertThat(push.getJsonArray("stream_info").getJsonObject(0).keySet()).containsExactlyInAnyOrder("stream_name",
                "client_ip", "server_ip", "fps", "speed");
        JsonObject play = lvb.json(LvbInterface.GET_LIVE_PLAY_STAT, LiveStatRequest.all()).getJsonObject("output");
        assertThat(play.keySet()).contains("stream_count", "total_bandwidth", "total_online");
        assertThat(play.getJsonArray("stream_info").getJsonObject(0).keySet()).containsExactlyInAnyOrder("stream_name",
                "bandwidth", "online");

        LiveStat typed = lvb.call(LvbInterface.GET_LIVE_PUSH_STAT, LiveStatRequest.ofStream("1000_a"), LiveStat.class);
        assertThat(typed.streamCount()).isEqualTo(1);
        assertThat(typed.streamInfo().get(0).fps()).isPositive();
        assertThat(typed.streamInfo().get(0).online()).isNull();
    }

    @Test
    void aStreamThatIsNotLiveHasAnEmptyOutput() {
        sim.startPush("1000_a");
        sim.stopPush("1000_a");
        JsonObject raw = lvb.json(LvbInterface.GET_LIVE_STAT, LiveStatRequest.ofStream("1000_a"));
        assertThat(raw.getInt("ret")).isZero();
        assertThat(raw.get("output")).isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
        LiveStat typed = lvb.call(LvbInterface.GET_LIVE_STAT, LiveStatRequest.ofStream("1000_a"), LiveStat.class);
        assertThat(typed.streamInfo()).isEmpty();

        LiveStat none = lvb.call(LvbInterface.GET_LIVE_STAT, LiveStatRequest.all(), LiveStat.class);
        assertThat(none.streamCount()).isZero();
        assertThat(none.totalOnline()).isZero();
    }

    @Test
    void pagingAndDomainFilters() {
        for (int i = 0; i < 7; i++) {
            sim.startPush("1000_" + i);
            CLOCK.advance(Duration.ofSeconds(1));
        }
        LiveStat page2 = lvb.call(LvbInterface.GET_LIVE_STAT, LiveStatRequest.all().page(2, 3), LiveStat.class);
        assertThat(page2.streamCount()).isEqualTo(7);
        assertThat(page2.streamInfo()).extracting(StreamStat::streamName).containsExactly("1000_3", "1000_4", "1000_5");

        LiveStat other = lvb.call(LvbInterface.GET_LIVE_STAT, LiveStatRequest.all().withPullDomain("play.example.com"),
                LiveStat.class);
        assertThat(other.streamCount()).isZero();
        LiveStat mine = lvb.call(LvbInterface.GET_LIVE_STAT,
                LiveStatRequest.all().withPullDomain(sim.config().playDomain())
                        .withPushDomain(sim.config().pushDomain()), LiveStat.class);
        assertThat(mine.streamCount()).isEqualTo(7);
    }

    @Test
    void invalidStatisticsParametersAre1204() {
        JsonObject reply = lvb.json(LvbInterface.GET_LIVE_STAT, LvbParams.builder().n("page_size", 301).build());
        assertThat(reply.getInt("ret")).isEqualTo(1204);
        assertThat(reply.getString("message")).startsWith("invalid input param").contains("Param.n.page_size");
        assertThatThrownBy(() -> lvb.call(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY,
                LvbParams.builder().n("start_time", 10).n("end_time", 5).s("stream_id", "1000_a").build(),
                PushStatHistory.class)).isInstanceOfSatisfying(LvbApiException.class,
                        e -> assertThat(e.ret()).isEqualTo(1204));
        JsonObject notANumber = lvb.json(LvbInterface.GET_LIVE_STAT, LvbParams.builder().n("page_no", 99999999999L)
                .build());
        assertThat(notANumber.getInt("ret")).isEqualTo(1204);
    }

    @Test
    void pushHistoryHasOneSamplePerLiveMinute() {
        Instant start = CLOCK.instant();
        sim.startPush("1000_a", new PushOptions("203.0.113.10", null, null));
        CLOCK.advance(Duration.ofMinutes(3));
        sim.stopPush("1000_a");
        CLOCK.advance(Duration.ofMinutes(10));

        PushStatHistory history = lvb.call(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY,
                new PushStatHistoryRequest(start.minusSeconds(3600), CLOCK.instant(), "1000_a"), PushStatHistory.class);
        assertThat(history.streamInfo()).extracting(PushStatPoint::time).containsExactly("2026-03-02 10:00:00",
                "2026-03-02 10:01:00", "2026-03-02 10:02:00");
        assertThat(history.streamInfo()).allSatisfy(p -> {
            assertThat(p.clientIp()).isEqualTo("203.0.113.10");
            assertThat(p.fps()).isPositive();
            assertThat(p.speed()).isPositive();
        });
        JsonObject raw = lvb.json(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY,
                new PushStatHistoryRequest(start, CLOCK.instant(), "1000_a"));
        assertThat(raw.getJsonObject("output").getJsonArray("stream_info").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("time", "client_ip", "server_ip", "fps", "speed");
    }

    @Test
    void historyWithoutDataIs10003() {
        JsonObject none = lvb.json(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY,
                new PushStatHistoryRequest(CLOCK.instant().minusSeconds(600), CLOCK.instant(), "1000_a"));
        assertThat(none.getInt("ret")).isEqualTo(10003);
        assertThat(none.getString("message")).isEqualTo("query data is empty");

        sim.startPush("1000_a");
        CLOCK.advance(Duration.ofMinutes(5));
        sim.stopPush("1000_a");
        // A range before the push.
        assertThatThrownBy(() -> lvb.call(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY,
                new PlayStatHistoryRequest(Lvb.T0.minusSeconds(3600), Lvb.T0.minusSeconds(60), null, null),
                PlayStatHistory.class)).isInstanceOfSatisfying(LvbApiException.class,
                        e -> assertThat(e.ret()).isEqualTo(10003));
        // Older than the 3 days LVB keeps push history.
        CLOCK.advance(Duration.ofDays(4));
        assertThat(lvb.json(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY,
                new PushStatHistoryRequest(Lvb.T0, Lvb.T0.plusSeconds(600), "1000_a")).getInt("ret")).isEqualTo(10003);
    }

    @Test
    void playHistorySumsStreamsAndFlux() {
        sim.startPush("1000_a", new PushOptions(null, null, 10));
        sim.startPush("1000_b", new PushOptions(null, null, 5));
        CLOCK.advance(Duration.ofMinutes(2));
        sim.stopPush("1000_b");
        CLOCK.advance(Duration.ofMinutes(1));

        PlayStatHistory all = lvb.call(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY,
                new PlayStatHistoryRequest(Lvb.T0, CLOCK.instant(), null, null), PlayStatHistory.class);
        assertThat(all.statInfo()).extracting(PlayStatPoint::time).containsExactly("2026-03-02 10:00:00",
                "2026-03-02 10:01:00", "2026-03-02 10:02:00", "2026-03-02 10:03:00");
        assertThat(all.statInfo()).extracting(PlayStatPoint::online).containsExactly(15L, 15L, 10L, 10L);
        double sum = all.statInfo().stream().mapToDouble(PlayStatPoint::flux).sum();
        assertThat(all.sumInfo().sumFlux()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.01));
        assertThat(all.statInfo().get(0).bandwidth()).isPositive();
        assertThat(all.statInfo().get(0).flux()).isCloseTo(all.statInfo().get(0).bandwidth() * 60 / 8,
                org.assertj.core.data.Offset.offset(0.01));

        PlayStatHistory one = lvb.call(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY,
                new PlayStatHistoryRequest(Lvb.T0, CLOCK.instant(), "1000_b", sim.config().playDomain()),
                PlayStatHistory.class);
        assertThat(one.streamId()).isEqualTo("1000_b");
        assertThat(one.domain()).isEqualTo(sim.config().playDomain());
        assertThat(one.statInfo()).extracting(PlayStatPoint::online).containsExactly(5L, 5L);

        JsonObject raw = lvb.json(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY,
                new PlayStatHistoryRequest(Lvb.T0, CLOCK.instant(), null, null)).getJsonObject("output");
        assertThat(raw.getJsonObject("sum_info").keySet()).containsExactly("sum_flux");
        assertThat(raw.getJsonArray("stat_info").getJsonObject(0).keySet()).containsExactlyInAnyOrder("time",
                "bandwidth", "online", "flux");

        assertThat(lvb.json(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY,
                new PlayStatHistoryRequest(Lvb.T0, CLOCK.instant(), null, "other.example.com")).getInt("ret"))
                .isEqualTo(10003);
    }
}
