package dev.lvb.core.event;

import static dev.lvb.core.testing.TestJson.assertSameJson;
import static dev.lvb.core.testing.TestJson.fixture;
import static dev.lvb.core.testing.TestJson.json;
import static dev.lvb.core.testing.TestJson.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * JSON round trips of every event against the spec's examples (§5.3, §5.4) and realistic bodies written from the
 * field tables (§5.3-5.6), each with unknown extra fields: bind, check typed values, write with exactly LVB's
 * names, bind the output again.
 */
class EventJsonTest {

    static <T extends LvbEvent> T roundTrip(JsonObject wire, Class<T> type, String expected) {
        LvbEvent event = LvbEvents.fromJson(wire);
        assertThat(event).isInstanceOf(type);
        JsonObject written = LvbEvents.toJson(event);
        assertSameJson(expected, written);
        assertThat(LvbEvents.fromJson(written)).isEqualTo(event);
        return type.cast(event);
    }

    @Test
    void streamEndFromTheSpecExample() {
        StreamEndEvent e = roundTrip(with(fixture("event-stream-end.json"), "idc_id", Json.createValue(3)),
                StreamEndEvent.class, """
                        {"app":"3954.livepush.myqcloud.com","appname":"live","appid":1252033264,"channel_id":"3954_x",
                         "stream_id":"3954_x","event_type":0,"event_time":1471256200,
                         "sequence":"5911795891871911817","node":"123.10.1.1","user_ip":"127.0.0.1","errcode":1,
                         "errmsg":"recv rtmp deleteStream","push_duration":"61234","stream_param":"","idc_id":"3"}""");
        assertThat(e.eventType()).isZero();
        assertThat(e.appId()).isEqualTo(1252033264L);
        assertThat(e.app()).isEqualTo("3954.livepush.myqcloud.com");
        assertThat(e.appName()).isEqualTo("live");
        assertThat(e.streamId()).isEqualTo("3954_x");
        assertThat(e.channelId()).isEqualTo("3954_x");
        assertThat(e.eventTime()).isEqualTo(1471256200L);
        assertThat(e.sequence()).isEqualTo("5911795891871911817");
        assertThat(e.node()).isEqualTo("123.10.1.1");
        assertThat(e.userIp()).isEqualTo("127.0.0.1");
        assertThat(e.errcode()).isEqualTo(1);
        assertThat(e.errmsg()).isEqualTo("recv rtmp deleteStream");
        assertThat(e.pushDuration()).isEqualTo(61234L);
        assertThat(e.streamParam()).isEmpty();
        assertThat(e.idcId()).isEqualTo("3");
        assertThat(e.setId()).isNull();
    }

    @Test
    void pushDurationAsANumberIsReadToo() {
        JsonObject wire = with(fixture("event-stream-end.json"), "push_duration", Json.createValue(61234));
        assertThat(((StreamEndEvent) LvbEvents.fromJson(wire)).pushDuration()).isEqualTo(61234L);
    }

    @Test
    void streamBegin() {
        StreamBeginEvent e = roundTrip(fixture("event-stream-begin.json"), StreamBeginEvent.class, """
                {"app":"3954.livepush.myqcloud.com","appname":"live","appid":1252033264,"channel_id":"3954_x",
                 "stream_id":"3954_x","event_type":1,"event_time":1471256139,"sequence":"5911795891871911817",
                 "node":"123.10.1.1","user_ip":"127.0.0.1","errcode":0,"errmsg":"",
                 "stream_param":"txSecret=9f2a5b0c3d4e5f60718293a4b5c6d7e8&txTime=57B30F4B",
                 "set_id":2,"width":1280,"height":720,"idc_id":"43"}""");
        assertThat(e.eventType()).isEqualTo(1);
        assertThat(e.setId()).isEqualTo(2);
        assertThat(e.width()).isEqualTo(1280);
        assertThat(e.height()).isEqualTo(720);
        assertThat(e.idcId()).isEqualTo("43");
        assertThat(e.streamParam()).contains("txTime=57B30F4B");
    }

    @Test
    void streamBeginWithNumbersAsStringsAndSequenceAsNumber() {
        JsonObject wire = json("""
                {"event_type":"1","appid":"1252033264","stream_id":"3954_x","event_time":"1471256139",
                 "sequence":5911795891871911817,"errcode":"0","width":"0","height":"0","t":"1471256739"}""");
        StreamBeginEvent e = roundTrip(wire, StreamBeginEvent.class, """
                {"event_type":1,"appid":1252033264,"stream_id":"3954_x","event_time":1471256139,
                 "sequence":"5911795891871911817","errcode":0,"width":0,"height":0}""");
        assertThat(e.appId()).isEqualTo(1252033264L);
        assertThat(e.sequence()).isEqualTo("5911795891871911817");
    }

    @Test
    void recordingFileFromTheSpecExample() {
        RecordingFileEvent e = roundTrip(fixture("event-recording-file.json"), RecordingFileEvent.class, """
                {"appid":1252033264,"channel_id":"2519_2500647","stream_id":"2519_2500647","event_type":100,
                 "file_format":"flv","file_id":"9031868222958931071","file_size":30045521,"start_time":1496220622,
                 "end_time":1496220894,"duration":272,"record_file_id":"9031868222958931071",
                 "video_id":"200011683_481565e0befe4e44903839aebe370ef6",
                 "video_url":"http://1252033264.vod2.myqcloud.com/d7a8e0a3vodtransgzp1252033264/f0.flv",
                 "stream_param":"bizid=2519&record=hls|flv&txSecret=9f2a5b0c&txTime=592F7E5E","vod2Flag":1,
                 "media_start_time":1496220620,"task_id":"18446744073709551615"}""");
        assertThat(e.eventType()).isEqualTo(100);
        assertThat(e.fileSize()).isEqualTo(30045521L);
        assertThat(e.startTime()).isEqualTo(1496220622L);
        assertThat(e.endTime()).isEqualTo(1496220894L);
        assertThat(e.duration()).isEqualTo(272L);
        assertThat(e.fileId()).isEqualTo("9031868222958931071");
        assertThat(e.recordFileId()).isEqualTo("9031868222958931071");
        assertThat(e.videoId()).isEqualTo("200011683_481565e0befe4e44903839aebe370ef6");
        assertThat(e.fileFormat()).isEqualTo("flv");
        assertThat(e.vod2Flag()).isEqualTo(1);
        assertThat(e.mediaStartTime()).isEqualTo(1496220620L);
        assertThat(e.taskId()).isEqualTo("18446744073709551615");
        assertThat(e.appId()).isEqualTo(1252033264L);
    }

    @Test
    void recordingFileWithFileSizeAsStringAsDocumented() {
        JsonObject wire = with(with(fixture("event-recording-file.json"), "file_size", Json.createValue("30045521")),
                "file_id", Json.createValue(9031868222958931071L));
        RecordingFileEvent e = (RecordingFileEvent) LvbEvents.fromJson(wire);
        assertThat(e.fileSize()).isEqualTo(30045521L);
        assertThat(e.fileId()).isEqualTo("9031868222958931071");
        assertThat(e).isEqualTo(LvbEvents.fromJson(fixture("event-recording-file.json")));
    }

    @Test
    void screenshot() {
        ScreenshotEvent e = roundTrip(fixture("event-screenshot.json"), ScreenshotEvent.class, """
                {"appid":1252033264,"channel_id":"2519_a","stream_id":"2519_a","event_type":200,
                 "pic_url":"/2519_a/2017-05-31/1496220622.jpg",
                 "pic_full_url":"http://shot-1252033264.file.myqcloud.com/2519_a/2017-05-31/1496220622.jpg",
                 "create_time":1496220622,"file_size":48213,"width":1280,"height":720,
                 "app":"2519.livepush.myqcloud.com","appname":"live","stream_param":"txSecret=abc&txTime=592F7E5E",
                 "pic_extra_info":{"mosaic":0,"cut":[0,0]}}""");
        assertThat(e.url()).isEqualTo("http://shot-1252033264.file.myqcloud.com/2519_a/2017-05-31/1496220622.jpg");
        assertThat(e.createTime()).isEqualTo(1496220622L);
        assertThat(e.fileSize()).isEqualTo(48213L);
        assertThat(e.picExtraInfo().asJsonObject().getInt("mosaic")).isZero();
    }

    @Test
    void screenshotOfAnOldSetupHasOnlyPicUrl() {
        ScreenshotEvent e = roundTrip(json("""
                {"event_type":200,"stream_id":"2519_a","channel_id":"2519_a","pic_url":"/2519_a/1.jpg",
                 "create_time":"1496220622","set_id":1}"""), ScreenshotEvent.class, """
                {"event_type":200,"stream_id":"2519_a","channel_id":"2519_a","pic_url":"/2519_a/1.jpg",
                 "create_time":1496220622}""");
        assertThat(e.url()).isEqualTo("/2519_a/1.jpg");
        assertThat(e.appId()).isNull();
    }

    @Test
    void pornDetectionWithCamelCaseNames() {
        PornDetectionEvent e = roundTrip(fixture("event-porn-detection.json"), PornDetectionEvent.class, """
                {"event_type":317,"tid":20001,"streamId":"2519_a","channelId":"2519_a",
                 "img":"http://shot-1252033264.file.myqcloud.com/2519_a/1558941111.jpg","type":[1,3],
                 "confidence":91,"normalScore":8.5,"hotScore":12,"pornScore":91.25,"level":2,"ocrMsg":"",
                 "screenshotTime":1558941111,"sendTime":1558941115,"similarScore":0,"gameDetails":{"game":"none"},
                 "stream_param":"txSecret=abc&txTime=5CEBE4B7","app":"2519.livepush.myqcloud.com",
                 "appid":1252033264,"appname":"live"}""");
        assertThat(e.eventType()).isEqualTo(317);
        assertThat(e.streamId()).isEqualTo("2519_a");
        assertThat(e.channelId()).isEqualTo("2519_a");
        assertThat(e.appId()).isEqualTo(1252033264L);
        assertThat(e.tid()).isEqualTo(20001);
        assertThat(e.type()).containsExactly(1, 3);
        assertThat(e.confidence()).isEqualTo(91.0);
        assertThat(e.pornScore()).isEqualTo(91.25);
        assertThat(e.level()).isEqualTo(2);
        assertThat(e.screenshotTime()).isEqualTo(1558941111L);
        assertThat(e.sendTime()).isEqualTo(1558941115L);
        assertThat(e.gameDetails().asJsonObject().getString("game")).isEqualTo("none");
    }

    @Test
    void pornDetectionSnakeCaseNamesAreNotItsFields() {
        // event 317 uses streamId; a stream_id there is an unknown field, not the stream
        PornDetectionEvent e = (PornDetectionEvent) LvbEvents.fromJson(json("""
                {"event_type":317,"stream_id":"2519_a"}"""));
        assertThat(e.streamId()).isNull();
        assertThat(e.type()).isEmpty();
    }

    @Test
    void unknownEventKeepsTheRawJsonWithoutSign() {
        JsonObject wire = fixture("event-unknown.json");
        UnknownEvent e = roundTrip(wire, UnknownEvent.class, """
                {"event_type":333,"appid":1252033264,"stream_id":"2519_a","channel_id":"2519_a",
                 "mix_session":"room_1","zzz":{"nested":[1]},"t":1558941715}""");
        assertThat(e.eventType()).isEqualTo(333);
        assertThat(e.raw()).doesNotContainKey("sign").containsKey("t").containsKey("zzz");
        assertThat(e.streamId()).isEqualTo("2519_a");
        assertThat(e.appId()).isEqualTo(1252033264L);
    }

    @Test
    void unknownEventReadsCamelCaseStreamIdAndStringAppId() {
        UnknownEvent e = (UnknownEvent) LvbEvents.fromJson(json("""
                {"event_type":"400","streamId":"2519_b","appid":" 1252033264 "}"""));
        assertThat(e.streamId()).isEqualTo("2519_b");
        assertThat(e.appId()).isEqualTo(1252033264L);

        UnknownEvent odd = (UnknownEvent) LvbEvents.fromJson(json("""
                {"event_type":401,"stream_id":5,"appid":"x"}"""));
        assertThat(odd.streamId()).isNull();
        assertThat(odd.appId()).isNull();
        assertThat(((UnknownEvent) LvbEvents.fromJson(json("{\"event_type\":401,\"appid\":1.5}"))).appId()).isNull();
    }

    @Test
    void everyEventTypeIsCovered() {
        List<Class<? extends LvbEvent>> covered = List.of(StreamEndEvent.class, StreamBeginEvent.class,
                RecordingFileEvent.class, ScreenshotEvent.class, PornDetectionEvent.class,
                // today's types: TodaysEventsJsonTest
                RelayTaskEvent.class, AudioModerationEvent.class, PushErrorEvent.class, LiveMonitorEvent.class,
                RecordingStatusEvent.class, RecordingErrorEvent.class, QualityCheckEvent.class, LiveSummaryEvent.class,
                HighlightEvent.class);
        assertThat(LvbEvents.knownTypes()).containsExactlyInAnyOrderElementsOf(covered);
    }
}
