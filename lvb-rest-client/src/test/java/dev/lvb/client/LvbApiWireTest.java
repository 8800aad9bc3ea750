package dev.lvb.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbTime;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordType;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamState;
import dev.lvb.core.model.StreamStatus;

/**
 * Every GET API: the exact query string on the wire (host, appid/cmd, interface, each Param.*, encoding once),
 * t and sign, and the typed result parsed from the spec's reply shapes.
 */
class LvbApiWireTest extends LvbWireMockSupport {

    static final String OK = "{\"ret\":0,\"retcode\":0,\"errmsg\":\"\",\"message\":\"\"}";

    static final String LIVE_STAT = """
            {"ret":0,"retcode":0,"errmsg":"","message":"","output":{
              "stream_count":1,"total_bandwidth":2.5,"total_online":120,"data_time":"2017-01-01 10:10:00",
              "stream_info":[{"stream_name":"8888_live1","bandwidth":2.5,"online":120,"client_ip":"10.0.0.1",
                "server_ip":"10.0.0.2","fps":25,"speed":1200000,"flr":"0.01","time":"2017-01-01 10:10:00"}]}}""";

    static final String PUSH_STAT = """
            {"ret":0,"message":"","output":{"stream_count":1,
              "stream_info":[{"stream_name":"8888_live1","client_ip":"10.0.0.1","server_ip":"10.0.0.2","fps":25,
                "speed":1200000}]}}""";

    static final String PLAY_STAT = """
            {"ret":0,"message":"","output":{"stream_count":2,"total_bandwidth":3.75,"total_online":300,
              "stream_info":[{"stream_name":"8888_a","bandwidth":1.25,"online":100},
                             {"stream_name":"8888_b","bandwidth":2.5,"online":200}]}}""";

    static final String STATUS = """
            {"ret":0,"retcode":0,"errmsg":"","message":"","output":[{"rate_type":0,"recv_type":1,"status":1}]}""";

    // ---- statistics: statcgi host, cmd ------------------------------------------------------------------

    @Test
    void getLiveStatGoesToStatcgiWithCmdAndEveryFilter() {
        stubStatcgi(json(LIVE_STAT));
        LiveStat[] result = new LiveStat[1];
        call(() -> result[0] = lvb.getLiveStat(new LiveStatRequest(2, 300, "8888_live1", "play.example.com",
                "push.example.com")), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LiveStat&Param.n.page_no=2&Param.n.page_size=300"
                        + "&Param.s.stream_id=8888_live1&Param.s.pull_domain=play.example.com"
                        + "&Param.s.push_domain=push.example.com");
        LiveStat stat = result[0];
        assertThat(stat.streamCount()).isEqualTo(1);
        assertThat(stat.totalBandwidth()).isEqualTo(2.5);
        assertThat(stat.totalOnline()).isEqualTo(120L);
        assertThat(stat.dataTime()).isEqualTo("2017-01-01 10:10:00");
        assertThat(stat.streamInfo()).singleElement().satisfies(s -> {
            assertThat(s.streamName()).isEqualTo("8888_live1");
            assertThat(s.bandwidth()).isEqualTo(2.5);
            assertThat(s.online()).isEqualTo(120L);
            assertThat(s.clientIp()).isEqualTo("10.0.0.1");
            assertThat(s.serverIp()).isEqualTo("10.0.0.2");
            assertThat(s.fps()).isEqualTo(25);
            assertThat(s.speed()).isEqualTo(1200000L);
        });
    }

    @Test
    void getLiveStatWithoutParametersSendsOnlyTheCommonOnes() {
        stubStatcgi(json("{\"ret\":0,\"message\":\"\",\"output\":\"\"}"));
        LiveStat[] result = new LiveStat[1];
        call(() -> result[0] = lvb.getLiveStat(), STATCGI_PATH, "cmd=1252500000&interface=Get_LiveStat");
        assertThat(result[0].streamInfo()).isEmpty(); // "if the stream is not live, output is empty"
        assertThat(result[0].streamCount()).isNull();
    }

    @Test
    void getLivePushStat() {
        stubStatcgi(json(PUSH_STAT));
        LiveStat[] result = new LiveStat[1];
        call(() -> result[0] = lvb.getLivePushStat(LiveStatRequest.ofStream("8888_live1").page(1, 10)), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePushStat&Param.n.page_no=1&Param.n.page_size=10"
                        + "&Param.s.stream_id=8888_live1");
        assertThat(result[0].streamCount()).isEqualTo(1);
        assertThat(result[0].totalBandwidth()).isNull();
        assertThat(result[0].streamInfo()).singleElement()
                .satisfies(s -> assertThat(s.speed()).isEqualTo(1200000L));
    }

    @Test
    void getLivePushStatOfAllStreams() {
        stubStatcgi(json(PUSH_STAT));
        call(() -> lvb.getLivePushStat(), STATCGI_PATH, "cmd=1252500000&interface=Get_LivePushStat");
    }

    @Test
    void getLivePlayStat() {
        stubStatcgi(json(PLAY_STAT));
        LiveStat[] result = new LiveStat[1];
        call(() -> result[0] = lvb.getLivePlayStat(LiveStatRequest.all().withPullDomain("play.example.com")),
                STATCGI_PATH, "cmd=1252500000&interface=Get_LivePlayStat&Param.s.pull_domain=play.example.com");
        assertThat(result[0].totalOnline()).isEqualTo(300L);
        assertThat(result[0].streamInfo()).extracting(s -> s.streamName()).containsExactly("8888_a", "8888_b");
        assertThat(result[0].streamInfo()).extracting(s -> s.online()).containsExactly(100L, 200L);
    }

    @Test
    void getLivePlayStatOfAllStreams() {
        stubStatcgi(json(PLAY_STAT));
        call(() -> lvb.getLivePlayStat(), STATCGI_PATH, "cmd=1252500000&interface=Get_LivePlayStat");
    }

    @Test
    void getLivePushStatHistory() {
        stubStatcgi(json("""
                {"ret":0,"message":"","output":{"stream_info":[
                  {"time":"2017-01-01 10:10:00","client_ip":"10.0.0.1","server_ip":"10.0.0.2","fps":25,"speed":1200000},
                  {"time":"2017-01-01 10:11:00","client_ip":"10.0.0.1","server_ip":"10.0.0.2","fps":24,"speed":1100000}]}}"""));
        PushStatHistory[] result = new PushStatHistory[1];
        call(() -> result[0] = lvb.getLivePushStatHistory(new PushStatHistoryRequest(Instant.ofEpochSecond(1483236601L),
                Instant.ofEpochSecond(1483243801L), "8888_live1")), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePushStatHistory&Param.n.start_time=1483236601"
                        + "&Param.n.end_time=1483243801&Param.s.stream_id=8888_live1");
        assertThat(result[0].streamInfo()).hasSize(2);
        assertThat(result[0].streamInfo().get(1).fps()).isEqualTo(24);
        assertThat(result[0].streamInfo().get(0).time()).isEqualTo("2017-01-01 10:10:00");
    }

    @Test
    void getLivePlayStatHistoryWithSumInfoAsObject() {
        stubStatcgi(json("""
                {"ret":0,"message":"","output":{"stat_info":[
                  {"time":"2017-01-01 10:10:00","bandwidth":1.5,"online":10,"flux":20.5}],
                  "sum_info":{"sum_flux":20.5},"domain":"play.example.com","stream_id":"8888_live1"}}"""));
        PlayStatHistory[] result = new PlayStatHistory[1];
        call(() -> result[0] = lvb.getLivePlayStatHistory(new PlayStatHistoryRequest(Instant.ofEpochSecond(1483236601L),
                Instant.ofEpochSecond(1483243801L), "8888_live1", "play.example.com")), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePlayStatHistory&Param.n.start_time=1483236601"
                        + "&Param.n.end_time=1483243801&Param.s.stream_id=8888_live1&Param.s.domain=play.example.com");
        PlayStatHistory h = result[0];
        assertThat(h.statInfo()).singleElement().satisfies(p -> {
            assertThat(p.bandwidth()).isEqualTo(1.5);
            assertThat(p.online()).isEqualTo(10L);
            assertThat(p.flux()).isEqualTo(20.5);
        });
        assertThat(h.sumInfo().sumFlux()).isEqualTo(20.5);
        assertThat(h.domain()).isEqualTo("play.example.com");
        assertThat(h.streamId()).isEqualTo("8888_live1");
    }

    @Test
    void getLivePlayStatHistoryOfTheAccountWithSumInfoAsArray() {
        stubStatcgi(json("""
                {"ret":0,"output":{"stat_info":[],"sum_info":[{"sum_flux":"7.25"}]}}"""));
        PlayStatHistory[] result = new PlayStatHistory[1];
        call(() -> result[0] = lvb.getLivePlayStatHistory(new PlayStatHistoryRequest(Instant.ofEpochSecond(100),
                Instant.ofEpochSecond(200), null, null)), STATCGI_PATH,
                "cmd=1252500000&interface=Get_LivePlayStatHistory&Param.n.start_time=100&Param.n.end_time=200");
        assertThat(result[0].sumInfo().sumFlux()).isEqualTo(7.25);
    }

    // ---- fcgi host, appid -------------------------------------------------------------------------------

    @Test
    void getStatus() {
        stubFcgi(json(STATUS));
        StreamStatus[] result = new StreamStatus[1];
        call(() -> result[0] = lvb.getStatus("8888_live1"), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetStatus&Param.s.channel_id=8888_live1");
        assertThat(result[0].isLive()).isTrue();
        assertThat(result[0].entries()).singleElement().satisfies(e -> {
            assertThat(e.rateType()).isEqualTo(0);
            assertThat(e.recvType()).isEqualTo(1);
            assertThat(e.state()).isEqualTo(StreamState.LIVE);
        });
    }

    @Test
    void getStatusEncodesTheStreamIdOnce() {
        stubFcgi(json("{\"ret\":0,\"output\":{\"rate_type\":0,\"recv_type\":1,\"status\":3}}"));
        StreamStatus[] result = new StreamStatus[1];
        call(() -> result[0] = lvb.getStatus("8888_直播&x=1+2%3A"), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetStatus"
                        + "&Param.s.channel_id=8888_%E7%9B%B4%E6%92%AD%26x%3D1%2B2%253A");
        assertThat(result[0].state()).isEqualTo(StreamState.DISABLED); // an object is accepted too
    }

    @Test
    void setStatusWithPathAndDomain() {
        stubFcgi(json(OK));
        call(() -> lvb.setStatus(new SetStatusRequest("8888_live1", StreamAction.DROP, "live", "push.example.com")),
                FCGI_PATH, "appid=1252500000&interface=Live_Channel_SetStatus&Param.s.channel_id=8888_live1"
                        + "&Param.n.status=2&Param.s.path=live&Param.s.domain=push.example.com");
    }

    @Test
    void banAllowDropSendStatusZeroOneTwo() {
        stubFcgi(json("{\"ret\":0,\"message\":\"\"}"));
        call(() -> lvb.ban("8888_live1"), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_SetStatus&Param.s.channel_id=8888_live1&Param.n.status=0");
        wireMock.resetRequests();
        call(() -> lvb.allow("8888_live1"), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_SetStatus&Param.s.channel_id=8888_live1&Param.n.status=1");
        wireMock.resetRequests();
        call(() -> lvb.drop("8888_live1"), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_SetStatus&Param.s.channel_id=8888_live1&Param.n.status=2");
    }

    @Test
    void getRecordingFilesSendsCstTimesFormEncodedOnce() {
        stubFcgi(json("""
                {"ret":0,"message":"","output":{"all_count":1,"file_list":[{"vid":"200011683_481565e0befe4e44903839aebe370ef6",
                  "start_time":"2017-01-01 10:10:01","end_time":"2017-01-01 10:40:01","file_id":9031868222958931071,
                  "record_file_url":""}]}}"""));
        RecordingFiles[] result = new RecordingFiles[1];
        RecordingFilesRequest request = RecordingFilesRequest.of("8888_live1").page(2, 100).sorted(SortOrder.DESC)
                .between(LvbTime.parse("2017-01-01 10:10:01"), LvbTime.parse("2017-01-01 23:59:59"));
        call(() -> result[0] = lvb.getRecordingFiles(request), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_GetFilelist&Param.s.channel_id=8888_live1&Param.n.page_no=2"
                        + "&Param.n.page_size=100&Param.s.sort_type=desc&Param.s.start_time=2017-01-01+10%3A10%3A01"
                        + "&Param.s.end_time=2017-01-01+23%3A59%3A59");
        assertThat(result[0].allCount()).isEqualTo(1);
        assertThat(result[0].fileList()).singleElement().satisfies(f -> {
            assertThat(f.fileId()).isEqualTo("9031868222958931071");
            assertThat(f.startTime()).isEqualTo("2017-01-01 10:10:01");
            assertThat(f.url("1234")).contains(
                    "http://1234.vod.myqcloud.com/200011683_481565e0befe4e44903839aebe370ef6.f0.flv");
        });
    }

    @Test
    void getScreenshotQueue() {
        stubFcgi(json("""
                {"ret":0,"message":"","output":{"count":2,"data":[
                  {"stream_id":"8888_live1","pic_full_url":"http://pic.example.com/a.jpg","create_time":1496220622},
                  {"stream_id":"8888_live2","pic_url":"/b.jpg","create_time":"1496220623"}]}}"""));
        ScreenshotQueue[] result = new ScreenshotQueue[1];
        call(() -> result[0] = lvb.getScreenshotQueue(ScreenshotQueueRequest.screenshots(50)), FCGI_PATH,
                "appid=1252500000&interface=Live_Queue_Get&Param.n.bid=100&Param.n.count=50");
        assertThat(result[0].count()).isEqualTo(2);
        assertThat(result[0].data()).extracting(s -> s.url()).containsExactly("http://pic.example.com/a.jpg", "/b.jpg");
        assertThat(result[0].data().get(1).createTime()).isEqualTo(1496220623L);
    }

    @Test
    void getChannelList() {
        stubFcgi(json("""
                {"ret":0,"message":"","output":{"all_count":1,"channel_list":[{"channel_id":"8888_live1",
                  "channel_name":"live1","create_mode":0,"create_time":"2017-01-01 10:10:01","path":["live"],
                  "status":1,"watermark_id":"0"}]}}"""));
        ChannelList[] result = new ChannelList[1];
        call(() -> result[0] = lvb.getChannelList(ChannelListRequest.all().withStatus(ChannelStatusFilter.ON)
                .page(3, 10).orderedByCreateTime(SortOrder.DESC)), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetChannelList&Param.n.status=1&Param.n.page_no=3"
                        + "&Param.n.page_size=10&Param.s.order_field=create_time&Param.n.order_by_type=1");
        assertThat(result[0].allCount()).isEqualTo(1);
        assertThat(result[0].channelList()).singleElement().satisfies(c -> {
            assertThat(c.channelId()).isEqualTo("8888_live1");
            assertThat(c.createMode()).isEqualTo("0");
            assertThat(c.path()).containsExactly("live");
            assertThat(c.status()).isEqualTo(1);
        });
    }

    @Test
    void getChannelListDefaultPage() {
        stubFcgi(json("{\"ret\":0,\"output\":{\"all_count\":0,\"channel_list\":[]}}"));
        ChannelList[] result = new ChannelList[1];
        call(() -> result[0] = lvb.getChannelList(), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetChannelList");
        assertThat(result[0].channelList()).isEmpty();
    }

    @Test
    void getLiveChannelListAsObjects() {
        stubFcgi(json("""
                {"ret":0,"message":"","output":{"all_count":2,"channel_list":[{"channel_id":"1234_a"},{"channel_id":"1234_b"}]}}"""));
        LiveChannelList[] result = new LiveChannelList[1];
        call(() -> result[0] = lvb.getLiveChannelList(), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetLiveChannelList");
        assertThat(result[0].allCount()).isEqualTo(2);
        assertThat(result[0].streamIds()).containsExactly("1234_a", "1234_b");
    }

    @Test
    void getLiveChannelListAsStrings() {
        stubFcgi(json("{\"ret\":0,\"output\":{\"all_count\":2,\"channel_list\":[\"1234_a\",\"1234_b\"]}}"));
        LiveChannelList[] result = new LiveChannelList[1];
        call(() -> result[0] = lvb.getLiveChannelList(), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetLiveChannelList");
        assertThat(result[0].streamIds()).containsExactly("1234_a", "1234_b");
    }

    @Test
    void forbidUntilATime() {
        stubFcgi(json(OK));
        call(() -> lvb.forbid("8888_live1", Instant.ofEpochSecond(1500000000L)), FCGI_PATH,
                "appid=1252500000&interface=channel_manager&Param.s.channel_id=8888_live1"
                        + "&Param.n.abstime_end=1500000000&Param.s.action=forbid");
    }

    @Test
    void resumeNow() {
        stubFcgi(json(OK));
        Instant before = Instant.now();
        lvb.resume("8888_live1");
        Instant after = Instant.now();
        String url = onlyRequest().getUrl();
        long abstimeEnd = Long.parseLong(url.replaceAll(".*Param\\.n\\.abstime_end=(\\d+).*", "$1"));
        assertThat(abstimeEnd).isBetween(before.getEpochSecond(), after.getEpochSecond());
        assertSigned(onlyRequest(), FCGI_PATH, "appid=1252500000&interface=channel_manager"
                + "&Param.s.channel_id=8888_live1&Param.n.abstime_end=" + abstimeEnd + "&Param.s.action=resume",
                before, after);
    }

    @Test
    void channelManagerWithARequest() {
        stubFcgi(json(OK));
        call(() -> lvb.channelManager(new ChannelManagerRequest("8888_live1", ChannelManagerRequest.Action.RESUME,
                Instant.ofEpochSecond(1500000001L))), FCGI_PATH,
                "appid=1252500000&interface=channel_manager&Param.s.channel_id=8888_live1"
                        + "&Param.n.abstime_end=1500000001&Param.s.action=resume");
    }

    @Test
    void startRecordingScheduled() {
        stubFcgi(json("{\"ret\":0,\"retcode\":0,\"message\":\"\",\"output\":{\"task_id\":18446744073709551615}}"));
        RecordingTask[] result = new RecordingTask[1];
        StartRecordingRequest request = new StartRecordingRequest("8888_live1", RecordingMode.SCHEDULED,
                LvbTime.parse("2017-01-01 10:10:01"), LvbTime.parse("2017-01-01 11:10:01"), RecordingFormat.MP4,
                RecordType.VIDEO, "live", "push.example.com", true);
        call(() -> result[0] = lvb.startRecording(request), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_Start&Param.s.channel_id=8888_live1"
                        + "&Param.s.start_time=2017-01-01+10%3A10%3A01&Param.s.end_time=2017-01-01+11%3A10%3A01"
                        + "&Param.n.task_sub_type=0&Param.s.file_format=mp4&Param.s.record_type=video"
                        + "&Param.s.path=live&Param.s.domain=push.example.com&Param.s.mix_stream=1");
        assertThat(result[0].taskId()).isEqualTo("18446744073709551615"); // above Long.MAX_VALUE, exact
    }

    @Test
    void startRecordingRealtime() {
        stubFcgi(json("{\"ret\":0,\"output\":{\"task_id\":\"9031868222958931071\"}}"));
        RecordingTask[] result = new RecordingTask[1];
        call(() -> result[0] = lvb.startRecording(StartRecordingRequest.realtime("8888_live1",
                LvbTime.parse("2017-01-01 10:30:00"))), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_Start&Param.s.channel_id=8888_live1"
                        + "&Param.s.end_time=2017-01-01+10%3A30%3A00&Param.n.task_sub_type=1");
        assertThat(result[0].taskId()).isEqualTo("9031868222958931071");
    }

    @Test
    void stopRecordingSendsTheTaskIdAsDigits() {
        stubFcgi(json(OK));
        call(() -> lvb.stopRecording(new StopRecordingRequest("8888_live1", "18446744073709551615",
                RecordingMode.REALTIME)), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_Stop&Param.s.channel_id=8888_live1"
                        + "&Param.n.task_id=18446744073709551615&Param.n.task_sub_type=1");
    }

    @Test
    void everyCallIsAGetWithoutBodyAndAcceptsAnything() {
        stubFcgi(json(STATUS));
        lvb.getStatus("8888_live1");
        var request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getBody()).isEmpty();
        assertThat(request.getHeader("Accept")).isEqualTo("*/*");
    }

    @Test
    void eachCallIsSignedAfresh() {
        stubFcgi(json(STATUS));
        lvb.getStatus("8888_a");
        lvb.getStatus("8888_b");
        List<String> urls = requests().stream().map(r -> r.getUrl()).toList();
        assertThat(urls).hasSize(2).allSatisfy(u -> assertThat(u).contains("&t=").contains("&sign="));
        assertThat(urls).anySatisfy(u -> assertThat(u).contains("channel_id=8888_a"))
                .anySatisfy(u -> assertThat(u).contains("channel_id=8888_b"));
    }
}
