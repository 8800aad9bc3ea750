package dev.lvb.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.lvb.core.LvbTime;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixErrorCode;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamStatus;
import io.smallrye.mutiny.Uni;

/** The reactive twin: same wire, same results, every error family delivered as the Uni's failure. */
class LvbReactiveTest extends LvbWireMockSupport {

    static final Duration WAIT = Duration.ofSeconds(10);

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }

    static <E extends Throwable> E failure(Uni<?> uni, Class<E> type) {
        Throwable thrown = catchThrowable(() -> await(uni));
        assertThat(thrown).isInstanceOf(type);
        LvbErrorTest.assertNoSecrets(thrown);
        return type.cast(thrown);
    }

    // ---- lazy, one call per subscription --------------------------------------------------------------------

    @Test
    void nothingIsSentBeforeSubscriptionAndEachSubscriptionSendsOnce() {
        stubFcgi(json(LvbApiWireTest.STATUS));
        Uni<StreamStatus> status = reactive(lvb).getStatus("8888_live1");
        assertThat(requests()).isEmpty();
        assertThat(await(status).isLive()).isTrue();
        assertThat(requests()).hasSize(1);
        await(status);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void invalidArgumentsFailTheUniNotTheCaller() {
        stubAll(json("{\"ret\":0}"));
        Uni<StreamStatus> uni = reactive(lvb).getStatus((String) null); // does not throw
        LvbValidationException e = failure(uni, LvbValidationException.class);
        assertThat(e.parameter()).isEqualTo("Param.s.channel_id");
        assertThat(failure(reactive(lvb).forbid("8888_live1", null), LvbValidationException.class).parameter())
                .isEqualTo("Param.n.abstime_end");
        assertThat(requests()).isEmpty();
    }

    // ---- every API, same wire -------------------------------------------------------------------------------

    @Test
    void statisticsApis() {
        stubStatcgi(json(LvbApiWireTest.LIVE_STAT));
        LiveStat[] r = new LiveStat[1];
        call(() -> r[0] = await(reactive(lvb).getLiveStat(LiveStatRequest.ofStream("8888_live1"))), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LiveStat&Param.s.stream_id=8888_live1");
        assertThat(r[0].streamInfo()).singleElement().satisfies(s -> assertThat(s.fps()).isEqualTo(25));
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).getLiveStat()), STATCGI_PATH, "cmd=1252500000&interface=Get_LiveStat");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).getLivePushStat(LiveStatRequest.all().page(1, 300))), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePushStat&Param.n.page_no=1&Param.n.page_size=300");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).getLivePushStat()), STATCGI_PATH, "cmd=1252500000&interface=Get_LivePushStat");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).getLivePlayStat(LiveStatRequest.all().withPushDomain("p.example.com"))),
                STATCGI_PATH, "cmd=1252500000&interface=Get_LivePlayStat&Param.s.push_domain=p.example.com");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).getLivePlayStat()), STATCGI_PATH, "cmd=1252500000&interface=Get_LivePlayStat");

        wireMock.resetAll();
        stubStatcgi(json("{\"ret\":0,\"output\":{\"stream_info\":[{\"time\":\"t\",\"fps\":\"30\"}]}}"));
        PushStatHistory[] h = new PushStatHistory[1];
        call(() -> h[0] = await(reactive(lvb).getLivePushStatHistory(new PushStatHistoryRequest(
                Instant.ofEpochSecond(10), Instant.ofEpochSecond(20), "8888_live1"))), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePushStatHistory&Param.n.start_time=10&Param.n.end_time=20"
                        + "&Param.s.stream_id=8888_live1");
        assertThat(h[0].streamInfo()).singleElement().satisfies(p -> assertThat(p.fps()).isEqualTo(30));

        wireMock.resetAll();
        stubStatcgi(json("{\"ret\":0,\"output\":{\"stat_info\":[{\"online\":5}],\"sum_info\":{\"sum_flux\":1}}}"));
        PlayStatHistory[] p = new PlayStatHistory[1];
        call(() -> p[0] = await(reactive(lvb).getLivePlayStatHistory(new PlayStatHistoryRequest(
                Instant.ofEpochSecond(10), Instant.ofEpochSecond(20), null, "play.example.com"))), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePlayStatHistory&Param.n.start_time=10&Param.n.end_time=20"
                        + "&Param.s.domain=play.example.com");
        assertThat(p[0].sumInfo().sumFlux()).isEqualTo(1.0);
    }

    @Test
    void statusApis() {
        stubFcgi(json(LvbApiWireTest.STATUS));
        call(() -> assertThat(await(reactive(lvb).getStatus(new dev.lvb.core.model.StreamStatusRequest("8888_a")))
                .isLive()).isTrue(), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetStatus&Param.s.channel_id=8888_a");
        wireMock.resetAll();
        stubFcgi(json(LvbApiWireTest.OK));
        String prefix = "appid=1252500000&interface=Live_Channel_SetStatus&Param.s.channel_id=8888_a&Param.n.status=";
        call(() -> assertThat(await(reactive(lvb).ban("8888_a"))).isNull(), FCGI_PATH, prefix + "0");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).allow("8888_a")), FCGI_PATH, prefix + "1");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).drop("8888_a")), FCGI_PATH, prefix + "2");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).setStatus(SetStatusRequest.of("8888_a", StreamAction.BAN))), FCGI_PATH,
                prefix + "0");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).forbid("8888_a", Instant.ofEpochSecond(1600000000L))), FCGI_PATH,
                "appid=1252500000&interface=channel_manager&Param.s.channel_id=8888_a"
                        + "&Param.n.abstime_end=1600000000&Param.s.action=forbid");
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).channelManager(dev.lvb.core.model.ChannelManagerRequest.forbid("8888_a",
                Instant.ofEpochSecond(1600000001L)))), FCGI_PATH,
                "appid=1252500000&interface=channel_manager&Param.s.channel_id=8888_a"
                        + "&Param.n.abstime_end=1600000001&Param.s.action=forbid");
        wireMock.resetRequests();
        await(reactive(lvb).resume("8888_a"));
        assertThat(onlyRequest().getUrl()).contains("interface=channel_manager").contains("Param.s.action=resume");
    }

    @Test
    void listAndRecordingApis() {
        stubFcgi(json("{\"ret\":0,\"output\":{\"all_count\":1,\"file_list\":[{\"vid\":\"v\"}]}}"));
        RecordingFiles[] files = new RecordingFiles[1];
        call(() -> files[0] = await(reactive(lvb).getRecordingFiles(RecordingFilesRequest.of("8888_a")
                .between(LvbTime.parse("2017-01-01 00:00:00"), LvbTime.parse("2017-01-01 01:00:00")))), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_GetFilelist&Param.s.channel_id=8888_a"
                        + "&Param.s.start_time=2017-01-01+00%3A00%3A00&Param.s.end_time=2017-01-01+01%3A00%3A00");
        assertThat(files[0].fileList()).singleElement().satisfies(f -> assertThat(f.vid()).isEqualTo("v"));

        wireMock.resetAll();
        stubFcgi(json("{\"ret\":0,\"output\":{\"count\":0,\"data\":[]}}"));
        ScreenshotQueue[] queue = new ScreenshotQueue[1];
        call(() -> queue[0] = await(reactive(lvb).getScreenshotQueue(ScreenshotQueueRequest.screenshots(1))),
                FCGI_PATH, "appid=1252500000&interface=Live_Queue_Get&Param.n.bid=100&Param.n.count=1");
        assertThat(queue[0].count()).isZero();

        wireMock.resetAll();
        stubFcgi(json("{\"ret\":0,\"output\":{\"all_count\":3,\"channel_list\":[]}}"));
        ChannelList[] channels = new ChannelList[1];
        call(() -> channels[0] = await(reactive(lvb).getChannelList(ChannelListRequest.all().page(1, 50))),
                FCGI_PATH, "appid=1252500000&interface=Live_Channel_GetChannelList&Param.n.page_no=1"
                        + "&Param.n.page_size=50");
        assertThat(channels[0].allCount()).isEqualTo(3);
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).getChannelList()), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetChannelList");

        wireMock.resetAll();
        stubFcgi(json("{\"ret\":0,\"output\":{\"all_count\":1,\"channel_list\":[\"8888_a\"]}}"));
        LiveChannelList[] live = new LiveChannelList[1];
        call(() -> live[0] = await(reactive(lvb).getLiveChannelList()), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetLiveChannelList");
        assertThat(live[0].streamIds()).containsExactly("8888_a");

        wireMock.resetAll();
        stubFcgi(json("{\"ret\":0,\"output\":{\"task_id\":12345678901234567890}}"));
        RecordingTask[] task = new RecordingTask[1];
        call(() -> task[0] = await(reactive(lvb).startRecording(StartRecordingRequest.realtime("8888_a",
                LvbTime.parse("2017-01-01 00:30:00")))), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_Start&Param.s.channel_id=8888_a"
                        + "&Param.s.end_time=2017-01-01+00%3A30%3A00&Param.n.task_sub_type=1");
        assertThat(task[0].taskId()).isEqualTo("12345678901234567890");

        wireMock.resetAll();
        stubFcgi(json(LvbApiWireTest.OK));
        call(() -> await(reactive(lvb).stopRecording(StopRecordingRequest.of("8888_a", "12345678901234567890"))),
                FCGI_PATH, "appid=1252500000&interface=Live_Tape_Stop&Param.s.channel_id=8888_a"
                        + "&Param.n.task_id=12345678901234567890");
    }

    @Test
    void mixingApis() {
        stubFcgi(json(LvbMixingTest.SUCCESS));
        MixResult[] r = new MixResult[1];
        call(() -> r[0] = await(reactive(lvb).startMix(LvbMixingTest.specExample())), FCGI_PATH,
                "appid=1252500000&interface=Mix_StreamV2");
        assertThat(r[0].message()).isEqualTo("Success!");
        var request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        long timestamp = JsonAssert.parse(request.getBodyAsString()).getJsonNumber("timestamp").longValueExact();
        JsonAssert.assertSameJson(request.getBodyAsString(),
                LvbMixingTest.specBody(timestamp, LvbMixingTest.eventId(request)));
        wireMock.resetRequests();
        call(() -> await(reactive(lvb).cancelMix(new CancelMixRequest("room_1", "1234_a"))), FCGI_PATH,
                "appid=1252500000&interface=Mix_StreamV2");
    }

    // ---- every error family -----------------------------------------------------------------------------------

    @Test
    void retError() {
        stubFcgi(json("{\"ret\":20601,\"message\":\"\"}"));
        LvbApiException e = failure(reactive(lvb).getStatus("8888_live1"), LvbApiException.class);
        assertThat(e.errorCode()).contains(LvbErrorCode.STREAM_NEVER_PUSHED);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
    }

    @Test
    void statisticsRetError() {
        stubStatcgi(json("{\"ret\":10003,\"message\":\"query data is empty\"}"));
        LvbApiException e = failure(reactive(lvb).getLivePlayStatHistory(new PlayStatHistoryRequest(
                Instant.ofEpochSecond(10), Instant.ofEpochSecond(20), null, null)), LvbApiException.class);
        assertThat(e.errorCode()).contains(LvbErrorCode.QUERY_DATA_EMPTY);
    }

    @ParameterizedTest
    @EnumSource(LvbFrontEndException.Reason.class)
    void frontEndRefusals(LvbFrontEndException.Reason reason) {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(reason.text()));
        assertThat(failure(reactive(lvb).getLiveChannelList(), LvbFrontEndException.class).reason())
                .isEqualTo(reason);
        wireMock.resetAll();
        stubFcgi(json("{\"ret\":-1,\"message\":\"" + reason.text() + "\"}"));
        assertThat(failure(reactive(lvb).getLiveChannelList(), LvbFrontEndException.class).reason())
                .isEqualTo(reason);
    }

    @Test
    void mixingCode() {
        stubFcgi(json("{\"code\":-505,\"message\":\"input stream not found\",\"timestamp\":1}"));
        LvbMixException e = failure(reactive(lvb).startMix(LvbMixingTest.specExample()), LvbMixException.class);
        assertThat(e.errorCode()).contains(LvbMixErrorCode.INPUT_STREAM_NOT_FOUND);
        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
    }

    @Test
    void notJson() {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html></html>"));
        assertThat(failure(reactive(lvb).getStatus("8888_live1"), LvbProtocolException.class).interfaceName())
                .isEqualTo("Live_Channel_GetStatus");
        wireMock.resetAll();
        stubStatcgi(json("{\"ret\":0,\"output\":{\"total_online\":\"lots\"}}"));
        assertThat(failure(reactive(lvb).getLiveStat(), LvbProtocolException.class).interfaceName())
                .isEqualTo("Get_LiveStat");
    }

    @ParameterizedTest
    @ValueSource(ints = { 403, 404, 500 })
    void httpStatus(int status) {
        stubFcgi(aResponse().withStatus(status).withBody("nope"));
        LvbHttpException e = failure(reactive(lvb).getStatus("8888_live1"), LvbHttpException.class);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
        assertThat(e.lvbMessage()).isEqualTo("nope");
        wireMock.resetAll();
        stubFcgi(aResponse().withStatus(status));
        assertThat(failure(reactive(lvb).cancelMix(new CancelMixRequest("room_1", "1234_a")),
                LvbHttpException.class).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK" })
    void brokenConnections(Fault fault) {
        stubFcgi(aResponse().withFault(fault));
        LvbTransportException e = failure(reactive(lvb).startRecording(StartRecordingRequest.realtime("8888_a",
                Instant.now().plusSeconds(600))), LvbTransportException.class);
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.interfaceName()).isEqualTo("Live_Tape_Start");
        assertThat(requests()).as("sent once").hasSize(1);
    }

    @Test
    void timeout() {
        stubFcgi(json(LvbApiWireTest.STATUS).withFixedDelay(3000));
        LvbApi impatient = LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl())
                .readTimeout(300, TimeUnit.MILLISECONDS), settings(), LISTENERS);
        try {
            LvbTransportException e = failure(reactive(impatient).getStatus("8888_live1"),
                    LvbTransportException.class);
            assertThat(e.isTimeout()).isTrue();
        } finally {
            LvbClients.close(impatient);
        }
    }

    @Test
    void validation() {
        stubAll(json("{\"ret\":0}"));
        // a request record validates itself when the caller builds it...
        assertThat(catchThrowable(() -> reactive(lvb).getLiveStat(LiveStatRequest.all().page(1, 301))))
                .isInstanceOfSatisfying(LvbValidationException.class,
                        e -> assertThat(e.parameter()).isEqualTo("Param.n.page_size"));
        // ...the convenience methods build theirs on subscription and fail the Uni
        assertThat(failure(reactive(lvb).getStatus(" "), LvbValidationException.class).parameter())
                .isEqualTo("Param.s.channel_id");
        assertThat(failure(reactive(lvb).ban(""), LvbValidationException.class).parameter())
                .isEqualTo("Param.s.channel_id");
        assertThat(requests()).isEmpty();
    }

    @Test
    void concurrentSubscriptionsEachGetTheirOwnResult() {
        stubFcgi(json(LvbApiWireTest.STATUS));
        List<Uni<StreamStatus>> calls = List.of(reactive(lvb).getStatus("8888_a"), reactive(lvb).getStatus("8888_b"),
                reactive(lvb).getStatus("8888_c"));
        List<StreamStatus> results = Uni.join().all(calls).andFailFast().await().atMost(WAIT);
        assertThat(results).hasSize(3).allSatisfy(s -> assertThat(s.isLive()).isTrue());
        assertThat(requests()).hasSize(3);
    }
}
