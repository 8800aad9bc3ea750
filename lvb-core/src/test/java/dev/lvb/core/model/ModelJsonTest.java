package dev.lvb.core.model;

import static dev.lvb.core.testing.TestJson.assertSameJson;
import static dev.lvb.core.testing.TestJson.fixture;
import static dev.lvb.core.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * JSON-B round trips of every result model (and the mixing body) against the spec's example bodies with unknown
 * extra fields added: bind, check typed values, write, check the exact wire names, bind again.
 */
class ModelJsonTest {

    /** Binds {@code wire}, writes it back, compares with {@code expected} and binds the output again. */
    static <T> T roundTrip(JsonValue wire, Class<T> type, String expected) {
        T model = LvbJson.bind(wire, type);
        JsonObject written = LvbJson.toJsonObject(model);
        assertSameJson(expected, written);
        T again = LvbJson.bind(written, type);
        assertThat(again).isEqualTo(model);
        return model;
    }

    private static JsonObject output(String fixture) {
        return fixture(fixture).getJsonObject("output");
    }

    @Test
    void streamStatusEntryFromTheSpecEnvelope() {
        JsonValue item = fixture("get-status.json").getJsonArray("output").get(0);
        StreamStatusEntry e = roundTrip(item, StreamStatusEntry.class, """
                {"rate_type":0,"recv_type":1,"status":1,"width":1280,"height":720}""");
        assertThat(e.rateType()).isZero();
        assertThat(e.recvType()).isEqualTo(1);
        assertThat(e.status()).isEqualTo(1);
        assertThat(e.state()).isEqualTo(StreamState.LIVE);
        assertThat(e.width()).isEqualTo(1280);
        assertThat(e.height()).isEqualTo(720);
    }

    @Test
    void streamStatusEntryWithStringsAndWithoutOptionalFields() {
        StreamStatusEntry e = roundTrip(json("""
                {"rate_type":"10","recv_type":"3","status":"3","idc_id":1}"""), StreamStatusEntry.class, """
                {"rate_type":10,"recv_type":3,"status":3}""");
        assertThat(e.state()).isEqualTo(StreamState.DISABLED);
        assertThat(e.width()).isNull();
    }

    @Test
    void streamStatesMapTheDocumentedValues() {
        assertThat(StreamState.of(0)).isEqualTo(StreamState.INTERRUPTED);
        assertThat(StreamState.of(1)).isEqualTo(StreamState.LIVE);
        assertThat(StreamState.of(3)).isEqualTo(StreamState.DISABLED);
        assertThat(StreamState.of(2)).isEqualTo(StreamState.UNKNOWN);
        assertThat(StreamState.of(-1)).isEqualTo(StreamState.UNKNOWN);
        assertThat(StreamState.of(null)).isEqualTo(StreamState.UNKNOWN);
    }

    @Test
    void streamStatusIsLiveWhenAnyEntryIsLive() {
        StreamStatusEntry off = new StreamStatusEntry(0, 1, 0, null, null);
        StreamStatusEntry on = new StreamStatusEntry(10, 1, 1, null, null);
        assertThat(new StreamStatus(List.of(off, on)).state()).isEqualTo(StreamState.LIVE);
        assertThat(new StreamStatus(List.of(off, on)).isLive()).isTrue();
        assertThat(new StreamStatus(List.of(off)).state()).isEqualTo(StreamState.INTERRUPTED);
        assertThat(new StreamStatus(List.of()).state()).isEqualTo(StreamState.UNKNOWN);
        assertThat(new StreamStatus(null).entries()).isEmpty();
        assertThat(new StreamStatus(null).isLive()).isFalse();
    }

    @Test
    void liveStat() {
        LiveStat s = roundTrip(output("live-stat.json"), LiveStat.class, """
                {"stream_count":2,"total_bandwidth":3.5,"total_online":120,"data_time":"2017-03-01 10:00:00",
                 "stream_info":[
                   {"stream_name":"2519_a","bandwidth":2.5,"online":100,"client_ip":"203.0.113.10",
                    "server_ip":"198.51.100.20","fps":25,"speed":800000,"flr":"0.01","time":"2017-03-01 10:00:00"},
                   {"stream_name":"2519_b","bandwidth":1.0,"online":20,"client_ip":"203.0.113.11",
                    "server_ip":"198.51.100.21","fps":15,"speed":400000}]}""");
        assertThat(s.streamCount()).isEqualTo(2);
        assertThat(s.totalBandwidth()).isEqualTo(3.5);
        assertThat(s.totalOnline()).isEqualTo(120L);
        assertThat(s.dataTime()).isEqualTo("2017-03-01 10:00:00");
        assertThat(s.streamInfo()).containsExactly(
                new StreamStat("2519_a", 2.5, 100L, "203.0.113.10", "198.51.100.20", 25, 800_000L, "0.01",
                        "2017-03-01 10:00:00"),
                new StreamStat("2519_b", 1.0, 20L, "203.0.113.11", "198.51.100.21", 15, 400_000L, null, null));
    }

    @Test
    void livePushStatHasOnlyPushFields() {
        LiveStat s = roundTrip(output("live-push-stat.json"), LiveStat.class, """
                {"stream_count":1,"stream_info":[{"stream_name":"2519_a","client_ip":"203.0.113.10",
                 "server_ip":"198.51.100.20","fps":25,"speed":800000}]}""");
        assertThat(s.totalBandwidth()).isNull();
        assertThat(s.totalOnline()).isNull();
        assertThat(s.streamInfo().get(0).bandwidth()).isNull();
    }

    @Test
    void livePlayStatHasOnlyPlayFields() {
        LiveStat s = roundTrip(output("live-play-stat.json"), LiveStat.class, """
                {"stream_count":1,"total_bandwidth":2.5,"total_online":100,
                 "stream_info":[{"stream_name":"2519_a","bandwidth":2.5,"online":100}]}""");
        assertThat(s.totalOnline()).isEqualTo(100L);
        assertThat(s.streamInfo().get(0).fps()).isNull();
    }

    @Test
    void emptyLiveStat() {
        LiveStat s = roundTrip(JsonValue.EMPTY_JSON_OBJECT, LiveStat.class, """
                {"stream_info":[]}""");
        assertThat(s.streamCount()).isNull();
        assertThat(s.streamInfo()).isEmpty();
    }

    @Test
    void pushStatHistory() {
        PushStatHistory h = roundTrip(output("push-stat-history.json"), PushStatHistory.class, """
                {"stream_info":[
                  {"time":"2017-03-01 10:00:00","client_ip":"203.0.113.10","server_ip":"198.51.100.20","fps":25,
                   "speed":800000},
                  {"time":"2017-03-01 10:01:00","client_ip":"203.0.113.10","server_ip":"198.51.100.20","fps":24,
                   "speed":790000}]}""");
        assertThat(h.streamInfo()).containsExactly(
                new PushStatPoint("2017-03-01 10:00:00", "203.0.113.10", "198.51.100.20", 25, 800_000L),
                new PushStatPoint("2017-03-01 10:01:00", "203.0.113.10", "198.51.100.20", 24, 790_000L));
    }

    @Test
    void playStatHistoryWithSumInfoAsObject() {
        PlayStatHistory h = roundTrip(output("play-stat-history.json"), PlayStatHistory.class, """
                {"stat_info":[
                  {"time":"2017-03-01 10:00:00","bandwidth":2.5,"online":100,"flux":18.75},
                  {"time":"2017-03-01 10:01:00","bandwidth":2.25,"online":90,"flux":16.875}],
                 "sum_info":{"sum_flux":35.625},"domain":"play.example.com","stream_id":"2519_a"}""");
        assertThat(h.sumInfo()).isEqualTo(new PlayStatSum(35.625));
        assertThat(h.statInfo().get(1)).isEqualTo(new PlayStatPoint("2017-03-01 10:01:00", 2.25, 90L, 16.875));
        assertThat(h.domain()).isEqualTo("play.example.com");
        assertThat(h.streamId()).isEqualTo("2519_a");
    }

    @Test
    void playStatHistoryWithSumInfoAsArrayAsDocumented() {
        PlayStatHistory h = roundTrip(json("""
                {"stat_info":[],"sum_info":[{"sum_flux":"12.5","zzz":1}],"set_id":1}"""), PlayStatHistory.class, """
                {"stat_info":[],"sum_info":{"sum_flux":12.5}}""");
        assertThat(h.sumInfo().sumFlux()).isEqualTo(12.5);
    }

    @Test
    void playStatHistoryWithEmptyOrNullSumInfo() {
        assertThat(LvbJson.bind(json("{\"sum_info\":[]}"), PlayStatHistory.class).sumInfo()).isNull();
        assertThat(LvbJson.bind(json("{\"sum_info\":null}"), PlayStatHistory.class).sumInfo()).isNull();
        assertThat(LvbJson.bind(json("{}"), PlayStatHistory.class).sumInfo()).isNull();
    }

    @Test
    void recordingFiles() {
        RecordingFiles f = roundTrip(output("recording-files.json"), RecordingFiles.class, """
                {"all_count":2,"file_list":[
                  {"vid":"200011683_481565e0befe4e44903839aebe370ef6","start_time":"2017-05-31 16:50:22",
                   "end_time":"2017-05-31 16:54:54","file_id":"9031868222958931071",
                   "record_file_url":"http://1252033264.vod2.myqcloud.com/d7a8e0a3vodtransgzp1252033264/f0.flv"},
                  {"vid":"200011683_5b2f6c3a1d9e4c0f8a7b6c5d4e3f2a1b","start_time":"2017-05-31 17:00:00",
                   "end_time":"2017-05-31 17:30:00","file_id":"9031868222958931999","record_file_url":""}]}""");
        assertThat(f.allCount()).isEqualTo(2);
        RecordingFile first = f.fileList().get(0);
        assertThat(first.url("1252033264"))
                .contains("http://1252033264.vod2.myqcloud.com/d7a8e0a3vodtransgzp1252033264/f0.flv");
        // CST text, as the request sends it
        assertThat(dev.lvb.core.LvbTime.parse(first.startTime())).isEqualTo(Instant.parse("2017-05-31T08:50:22Z"));
        RecordingFile second = f.fileList().get(1);
        assertThat(second.fileId()).isEqualTo("9031868222958931999");
        // LVB's documented fallback when record_file_url is empty
        assertThat(second.url("12345"))
                .contains("http://12345.vod.myqcloud.com/200011683_5b2f6c3a1d9e4c0f8a7b6c5d4e3f2a1b.f0.flv");
        assertThat(second.url(null)).isEmpty();
        assertThat(new RecordingFile("", null, null, null, null).url("12345")).isEmpty();
    }

    @Test
    void screenshotQueue() {
        ScreenshotQueue q = roundTrip(output("queue-get.json"), ScreenshotQueue.class, """
                {"count":2,"data":[
                  {"stream_id":"2519_a","pic_full_url":"http://shot-1252033264.cos.example.com/2519_a/1496220622.jpg",
                   "create_time":1496220622},
                  {"stream_id":"2519_b","pic_url":"http://shot-1252033264.cos.example.com/2519_b/1496220680.jpg",
                   "create_time":1496220680}]}""");
        assertThat(q.count()).isEqualTo(2);
        assertThat(q.data().get(0).url()).isEqualTo("http://shot-1252033264.cos.example.com/2519_a/1496220622.jpg");
        // only pic_url: url() still finds the picture
        QueuedScreenshot second = q.data().get(1);
        assertThat(second.picFullUrl()).isNull();
        assertThat(second.url()).isEqualTo("http://shot-1252033264.cos.example.com/2519_b/1496220680.jpg");
        assertThat(second.createTime()).isEqualTo(1496220680L);
        assertThat(new QueuedScreenshot("s", "", "http://x/p.jpg", null).url()).isEqualTo("http://x/p.jpg");
    }

    @Test
    void channelList() {
        ChannelList l = roundTrip(output("channel-list.json"), ChannelList.class, """
                {"all_count":2,"channel_list":[
                  {"channel_id":"2519_a","channel_name":"room a","create_mode":"0","create_time":"2017-03-01 10:00:00",
                   "path":["live"],"status":1,"watermark_id":"0"},
                  {"channel_id":"2519_b","channel_name":"room b","create_mode":"1","create_time":"2017-03-02 11:00:00",
                   "path":["live","backup"],"status":4,"watermark_id":"12"}]}""");
        assertThat(l.allCount()).isEqualTo(2);
        assertThat(l.channelList().get(1)).isEqualTo(new Channel("2519_b", "room b", "1", "2017-03-02 11:00:00",
                List.of("live", "backup"), 4, "12"));
    }

    @Test
    void liveChannelListWithObjectItemsAsDocumented() {
        LiveChannelList l = roundTrip(output("live-channel-list.json"), LiveChannelList.class, """
                {"all_count":2,"channel_list":[{"channel_id":"2519_a"},{"channel_id":"2519_b"}]}""");
        assertThat(l.streamIds()).containsExactly("2519_a", "2519_b");
    }

    @Test
    void liveChannelListWithPlainStringItemsIsWrittenAsObjects() {
        LiveChannelList l = roundTrip(output("live-channel-list-strings.json"), LiveChannelList.class, """
                {"all_count":2,"channel_list":[{"channel_id":"2519_a"},{"channel_id":"2519_b"}]}""");
        assertThat(l.allCount()).isEqualTo(2);
        assertThat(l.channelList()).containsExactly(new LiveChannel("2519_a"), new LiveChannel("2519_b"));
    }

    @Test
    void liveChannelListWithMixedAndNullItems() {
        LiveChannelList mixed = LvbJson.bind(json("""
                {"channel_list":["2519_a",{"channel_id":"2519_b"}]}"""), LiveChannelList.class);
        assertThat(mixed.streamIds()).containsExactly("2519_a", "2519_b");
        assertThat(LvbJson.bind(json("{\"channel_list\":null}"), LiveChannelList.class).channelList()).isEmpty();
    }

    @Test
    void recordingTaskIdAboveLongMaxKeepsEveryDigit() {
        RecordingTask task = roundTrip(output("tape-start.json"), RecordingTask.class, """
                {"task_id":"18446744073709551615"}""");
        assertThat(task.taskId()).isEqualTo("18446744073709551615");
        assertThat(task.taskIdValue()).isEqualTo(new java.math.BigInteger("18446744073709551615"));
        assertThat(roundTrip(json("{\"task_id\":\"42\"}"), RecordingTask.class, "{\"task_id\":\"42\"}").taskIdValue())
                .isEqualTo(java.math.BigInteger.valueOf(42));
    }

    @Test
    void mixResult() {
        MixResult r = roundTrip(fixture("mix-response.json"), MixResult.class, """
                {"code":0,"message":"Success!","event_id":"1527240138","timestamp":1490079362}""");
        assertThat(r).isEqualTo(new MixResult(0, "Success!", "1527240138", 1490079362L));
    }

    @Test
    void mixResultWithNumericEventId() {
        MixResult r = roundTrip(fixture("mix-response-505.json"), MixResult.class, """
                {"code":-505,"message":"input stream not exist","event_id":"1527240138","timestamp":1490079362}""");
        assertThat(r.eventId()).isEqualTo("1527240138");
        assertThat(r.code()).isEqualTo(-505);
    }

    @Test
    void mixStreamBodyFromTheSpecExampleWithExtraFields() {
        JsonObject spec = fixture("mix-start-body.json");
        // unknown fields at every level
        JsonObject para = spec.getJsonObject("interface").getJsonObject("para");
        JsonObject extendedPara = jakarta.json.Json.createObjectBuilder(para).add("idc_id", 3)
                .add("zzz", json("{\"nested\":[1]}")).build();
        JsonObject wire = jakarta.json.Json.createObjectBuilder(spec).add("set_id", 1)
                .add("interface", jakarta.json.Json.createObjectBuilder(spec.getJsonObject("interface"))
                        .add("para", extendedPara).add("media_start_time", 1))
                .build();

        MixStreamBody body = roundTrip(wire, MixStreamBody.class, spec.toString());

        assertThat(body.timestamp()).isEqualTo(1490079362L);
        assertThat(body.eventId()).isEqualTo(1490079362L);
        assertThat(body.call().interfaceName()).isEqualTo("Mix_StreamV2");
        assertThat(body.operation()).contains(dev.lvb.core.LvbInterface.MIX_START);
        MixParameters p = body.call().para();
        assertThat(p.appId()).isEqualTo(1252500000L);
        assertThat(p.mixStreamSessionId()).isEqualTo("room_1");
        assertThat(p.inputStreamList()).containsExactly(
                MixInput.of("1234_a", MixLayout.background()),
                new MixInput("1234_b", MixLayout.at(2, 380, 630, 160, 240), new MixCrop(200, 100, 100, 1)));
    }

    @Test
    void theSpecMixingBodyIsWhatStartMixRequestProduces() {
        StartMixRequest request = new StartMixRequest("room_1", "1234_a", MixOutputType.ONE_OF_INPUTS, 0, null,
                List.of(MixInput.of("1234_a", MixLayout.background()),
                        new MixInput("1234_b", MixLayout.at(2, 380, 630, 160, 240), new MixCrop(200, 100, 100, 1))));
        MixStreamBody body = request.toBody(Instant.ofEpochSecond(1490079362L), 1490079362L).withAppId(1252500000L);

        assertSameJson(fixture("mix-start-body.json"), LvbJson.toJsonObject(body));
        assertThat(LvbJson.bind(fixture("mix-start-body.json"), MixStreamBody.class)).isEqualTo(body);
    }

    @Test
    void mixingAppIdMayArriveAsAString() {
        MixParameters p = LvbJson.bind(json("""
                {"app_id":"1252500000","interface":"mix_streamv2.cancel_mix_stream",
                 "mix_stream_session_id":"room_1","output_stream_id":"1234_a"}"""), MixParameters.class);
        assertThat(p.appId()).isEqualTo(1252500000L);
        assertSameJson("""
                {"app_id":1252500000,"interface":"mix_streamv2.cancel_mix_stream",
                 "mix_stream_session_id":"room_1","output_stream_id":"1234_a"}""", LvbJson.toJsonObject(p));
    }
}
