package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PlayStatPoint;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.PushStatPoint;
import dev.lvb.core.model.StreamStat;
import dev.lvb.it.wiremock.LvbWireMockResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The five statistics APIs. They live on the statcgi host (here {@code /statcgi}) and name the APPID {@code cmd}:
 * the stubs only match there, and the request journal shows it.
 */
@QuarkusTest
public class StatisticsTest extends LvbTestBase {

    static final Instant START = Instant.ofEpochSecond(1496275200L);
    static final Instant END = Instant.ofEpochSecond(1496282400L);

    @Test
    void liveStatOfEveryStream() {
        for (LiveStat s : both(() -> lvb.getLiveStat(), () -> reactive.getLiveStat())) {
            assertThat(s.streamCount()).isEqualTo(2);
            assertThat(s.totalBandwidth()).isEqualTo(12.5);
            assertThat(s.totalOnline()).isEqualTo(321L);
            assertThat(s.dataTime()).isEqualTo("2017-06-01 10:00:00");
            assertThat(s.streamInfo()).containsExactly(
                    new StreamStat("8888_live", 10.25, 300L, "183.60.1.2", "14.17.1.3", 25, 1200000L, "0.01",
                            "2017-06-01 10:00:00"),
                    new StreamStat("8888_other", 2.25, 21L, "183.60.1.9", "14.17.1.4", 15, 600000L, null, null));
        }
        LiveStatRequest all = LiveStatRequest.all();
        assertThat(lvb.getLiveStat(all).streamCount()).isEqualTo(2);
        assertThat(await(reactive.getLiveStat(all)).streamCount()).isEqualTo(2);
    }

    @Test
    void liveStatWithEveryFilter() {
        LiveStatRequest request = LiveStatRequest.ofStream("8888_live").page(1, 10).withPullDomain("play.example.com")
                .withPushDomain("push.example.com");
        for (LiveStat s : both(() -> lvb.getLiveStat(request), () -> reactive.getLiveStat(request))) {
            assertThat(s.streamCount()).isEqualTo(1);
            assertThat(s.totalOnline()).isEqualTo(300L);
            assertThat(s.streamInfo()).extracting(StreamStat::streamName).containsExactly("8888_live");
        }
    }

    @Test
    void pushStat() {
        for (LiveStat s : both(() -> lvb.getLivePushStat(), () -> reactive.getLivePushStat())) {
            assertThat(s.streamCount()).isEqualTo(1);
            assertThat(s.totalBandwidth()).isNull();
            assertThat(s.totalOnline()).isNull();
            assertThat(s.streamInfo()).containsExactly(
                    new StreamStat("8888_live", null, null, "183.60.1.2", "14.17.1.3", 25, 1200000L, null, null));
        }
        LiveStatRequest all = LiveStatRequest.all();
        assertThat(lvb.getLivePushStat(all).streamCount()).isEqualTo(1);
        assertThat(await(reactive.getLivePushStat(all)).streamCount()).isEqualTo(1);
    }

    @Test
    void playStatOfOneStream() {
        LiveStatRequest request = LiveStatRequest.ofStream("8888_live");
        for (LiveStat s : both(() -> lvb.getLivePlayStat(request), () -> reactive.getLivePlayStat(request))) {
            assertThat(s.streamCount()).isEqualTo(1);
            assertThat(s.totalBandwidth()).isEqualTo(10.25);
            assertThat(s.totalOnline()).isEqualTo(300L);
            assertThat(s.streamInfo()).containsExactly(
                    new StreamStat("8888_live", 10.25, 300L, null, null, null, null, null, null));
        }
    }

    @Test
    void playStatOfAStreamThatIsNotLiveIsEmpty() {
        LiveStatRequest request = LiveStatRequest.ofStream("8888_offline");
        for (LiveStat s : both(() -> lvb.getLivePlayStat(request), () -> reactive.getLivePlayStat(request))) {
            assertThat(s.streamCount()).isNull();
            assertThat(s.streamInfo()).isEmpty();
        }
    }

    @Test
    void pushStatHistory() {
        PushStatHistoryRequest request = new PushStatHistoryRequest(START, END, "8888_live");
        for (PushStatHistory h : both(() -> lvb.getLivePushStatHistory(request),
                () -> reactive.getLivePushStatHistory(request))) {
            assertThat(h.streamInfo()).containsExactly(
                    new PushStatPoint("2017-06-01 08:00:00", "183.60.1.2", "14.17.1.3", 25, 1200000L),
                    new PushStatPoint("2017-06-01 08:01:00", "183.60.1.2", "14.17.1.3", 24, 1100000L));
        }
    }

    @Test
    void playStatHistoryOfTheAccountWithSumInfoObject() {
        PlayStatHistoryRequest request = new PlayStatHistoryRequest(START, END, null, null);
        for (PlayStatHistory h : both(() -> lvb.getLivePlayStatHistory(request),
                () -> reactive.getLivePlayStatHistory(request))) {
            assertThat(h.statInfo()).containsExactly(new PlayStatPoint("2017-06-01 08:00:00", 10.25, 300L, 76.9),
                    new PlayStatPoint("2017-06-01 08:01:00", 11.5, 310L, 76.9));
            assertThat(h.sumInfo().sumFlux()).isEqualTo(153.8);
            assertThat(h.streamId()).isNull();
        }
    }

    @Test
    void playStatHistoryOfAStreamWithSumInfoArray() {
        PlayStatHistoryRequest request = new PlayStatHistoryRequest(START, END, "8888_live", "play.example.com");
        for (PlayStatHistory h : both(() -> lvb.getLivePlayStatHistory(request),
                () -> reactive.getLivePlayStatHistory(request))) {
            assertThat(h.statInfo()).hasSize(1);
            assertThat(h.sumInfo().sumFlux()).isEqualTo(76.9);
            assertThat(h.domain()).isEqualTo("play.example.com");
            assertThat(h.streamId()).isEqualTo("8888_live");
        }
    }

    @Test
    void playStatHistoryWithoutDataIs10003() {
        PlayStatHistoryRequest request = new PlayStatHistoryRequest(START, END, "8888_quiet", null);
        expectFailure(LvbApiException.class, () -> lvb.getLivePlayStatHistory(request),
                () -> reactive.getLivePlayStatHistory(request), e -> {
                    assertThat(e.errorCode()).contains(LvbErrorCode.QUERY_DATA_EMPTY);
                    assertThat(e.interfaceName()).isEqualTo("Get_LivePlayStatHistory");
                });
    }

    @ParameterizedTest
    @EnumSource(value = LvbErrorCode.class, names = "STREAM_NEVER_PUSHED", mode = EnumSource.Mode.EXCLUDE)
    void documentedStatisticsCodes(LvbErrorCode code) {
        LiveStatRequest request = LiveStatRequest.ofStream("stat_" + code.ret());
        expectFailure(LvbApiException.class, () -> lvb.getLiveStat(request), () -> reactive.getLiveStat(request),
                e -> {
                    assertThat(e.ret()).isEqualTo(code.ret());
                    assertThat(e.retcode()).contains(code.ret());
                    assertThat(e.errorCode()).contains(code);
                    assertThat(e.lvbMessage()).isEqualTo(code.description());
                    assertThat(e.interfaceName()).isEqualTo("Get_LiveStat");
                });
    }

    @Test
    void cmdIsInvalidAsBareText() {
        LiveStatRequest request = LiveStatRequest.ofStream("cmd_invalid");
        expectFailure(LvbFrontEndException.class, () -> lvb.getLivePushStat(request),
                () -> reactive.getLivePushStat(request),
                e -> assertThat(e.reason()).isEqualTo(LvbFrontEndException.Reason.CMD_INVALID));
    }

    @Test
    void httpErrorOfTheStatisticsHost() {
        LiveStatRequest request = LiveStatRequest.ofStream("http_502");
        expectFailure(LvbHttpException.class, () -> lvb.getLivePushStat(request),
                () -> reactive.getLivePushStat(request), e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.lvbMessage()).contains("502 Bad Gateway");
                    assertThat(e.interfaceName()).isEqualTo("Get_LivePushStat");
                });
    }

    @Test
    void statisticsGoToStatcgiWithCmdEverythingElseToFcgiWithAppid() {
        lvb.getLiveStat();
        await(reactive.getLivePushStat());
        lvb.getStatus("8888_live");
        await(reactive.getLiveChannelList());

        String appId = Long.toString(TestKeys.APP_ID);
        List<LoggedRequest> stat = requestsTo(LvbWireMockResource.STATCGI);
        assertThat(stat).hasSize(2).allSatisfy(r -> assertThat(query(r)).containsEntry("cmd", appId)
                .doesNotContainKey("appid"));
        assertThat(stat).extracting(r -> query(r).get("interface")).containsExactly("Get_LiveStat",
                "Get_LivePushStat");
        List<LoggedRequest> fcgi = requestsTo(LvbWireMockResource.FCGI);
        assertThat(fcgi).hasSize(2).allSatisfy(r -> assertThat(query(r)).containsEntry("appid", appId)
                .doesNotContainKey("cmd"));
        assertThat(fcgi).extracting(r -> query(r).get("interface")).containsExactly("Live_Channel_GetStatus",
                "Live_Channel_GetLiveChannelList");
        assertThat(allRequests()).hasSize(4);
    }
}
