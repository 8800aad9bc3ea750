package dev.lvb.core.event;

import static dev.lvb.core.testing.TestJson.assertSameJson;
import static dev.lvb.core.testing.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbSignature;

/**
 * Today's notification types (Tencent's "事件消息通知" pages, 2024-2025): each binds a body shaped like Tencent's
 * documented sample (written from the field lists), keeps the body as {@code raw()} (without {@code sign}), writes
 * back with exactly LVB's names and binds that again to an equal event.
 */
class TodaysEventsJsonTest {

    static final long T = 1712893999L;

    /** The body as LVB posts it: the sample plus {@code t} and {@code sign}. */
    static JsonObject signed(String sample) {
        JsonObject o = json(sample);
        return jakarta.json.Json.createObjectBuilder(o).add("t", T).add("sign", LvbSignature.sign("key", T)).build();
    }

    static <T extends LvbEvent> T bind(String sample, Class<T> type) {
        JsonObject wire = signed(sample);
        LvbEvent event = LvbEvents.fromJson(wire, wire.toString());
        assertThat(event).isInstanceOf(type);
        // Nothing lost: every field but sign, the ones without an accessor included.
        assertSameJson(jakarta.json.Json.createObjectBuilder(wire).remove("sign").build(), event.raw());
        // Written back and read again: the same event.
        assertThat(LvbEvents.fromJson(LvbEvents.toJson(event))).isEqualTo(event);
        return type.cast(event);
    }

    @Test
    void relayTaskDecodesItsJsonTexts() {
        RelayTaskEvent e = bind("""
                {"appid":4,"callback_event":"VodSourceFileStart","callback_url":"http://you.callback.url",
                 "event_type":314,"interface":"general_callback",
                 "msg":"{\\"url\\":\\"http://example.com/live/a/playlist.m3u8\\",\\"index\\":0,\\"duration\\":14920}",
                 "product_name":"pullpush",
                 "source_urls":"[\\"http://example.com/live/a/playlist.m3u8\\",\\"http://example.com/b.mp4\\"]\\n",
                 "stream_id":"testvod","task_id":"118145","to_url":"rtmp://5000.livepush.myqcloud.com/live/testvod",
                 "event_time":"1712893433","extra":"kept"}""", RelayTaskEvent.class);
        assertThat(e.eventType()).isEqualTo(314);
        assertThat(e.appId()).isEqualTo(4L);
        assertThat(e.callbackEvent()).isEqualTo("VodSourceFileStart");
        assertThat(e.taskId()).isEqualTo("118145");
        assertThat(e.eventTime()).isEqualTo(1712893433L);
        assertThat(e.interfaceName()).isEqualTo("general_callback");
        assertThat(e.sourceUrlList()).containsExactly("http://example.com/live/a/playlist.m3u8",
                "http://example.com/b.mp4");
        RelayTaskEvent.Message m = e.message().orElseThrow();
        assertThat(m.url()).isEqualTo("http://example.com/live/a/playlist.m3u8");
        assertThat(m.index()).isZero();
        assertThat(m.duration()).isEqualTo(14920L);
        assertThat(e.raw().getString("extra")).isEqualTo("kept");
    }

    @Test
    void relayTaskToleratesUndecodableAndValueForms() {
        RelayTaskEvent exit = bind("""
                {"appid":4,"callback_event":"TaskExit","event_type":314,"msg":{"task_exit_time":1712893433000,
                 "code":"2","message":"source unavailable"},"source_urls":"not json","stream_id":"s","task_id":1}""",
                RelayTaskEvent.class);
        assertThat(exit.message().orElseThrow().taskExitTime()).isEqualTo(1712893433000L);
        assertThat(exit.message().orElseThrow().code()).isEqualTo("2");
        assertThat(exit.sourceUrls()).isEqualTo("not json");
        assertThat(exit.sourceUrlList()).isEmpty();
        assertThat(exit.taskId()).isEqualTo("1");
        RelayTaskEvent start = bind("""
                {"appid":4,"callback_event":"TaskStart","event_type":314,"msg":"{\\"task_start_time\\":0}"}""",
                RelayTaskEvent.class);
        assertThat(start.message().orElseThrow().taskStartTime()).isZero();
        assertThat(start.sourceUrlList()).isEmpty();
    }

    @Test
    void audioModeration() {
        AudioModerationEvent e = bind("""
                {"appid":1250000000,"bizid":12345,"stream_id":"s1","channel_id":"s1","domain":"5000.livepush.myqcloud.com",
                 "path":"live","HitFlag":1,"Score":88,"SubTag":"sexy_voice","task_id":123456,"status":2,
                 "asr_text":"...","cdn_url":"http://example.com/a.mp3","duration":30,"label":"Porn","suggestion":"Block",
                 "language_results":null,"moan_results":[{"Label":"Moan","Score":88,"StartTime":0,"EndTime":10}],
                 "event_type":315}""", AudioModerationEvent.class);
        assertThat(e.eventType()).isEqualTo(315);
        assertThat(e.hitFlag()).isEqualTo(1);
        assertThat(e.score()).isEqualTo(88.0);
        assertThat(e.subTag()).isEqualTo("sexy_voice");
        assertThat(e.taskId()).isEqualTo("123456");
        assertThat(e.label()).isEqualTo("Porn");
        assertThat(e.duration()).isEqualTo(30.0);
        assertThat(e.moanResults().asJsonArray()).hasSize(1);
        assertThat(e.streamId()).isEqualTo("s1");
    }

    @Test
    void pushErrorReadsDetailAsArrayOrObject() {
        PushErrorEvent e = bind("""
                {"abnormal_event":[{"count":2,"customer_visible":"true","detail":[{"desc":
                 "video frame arrive interval too long, interval: 3080","occur_time":1653462812}],"event_key":"","type":6,
                 "type_desc_cn":"两帧视频到达时间太长","type_desc_en":"video frame arrive interval too long"},
                 {"count":1,"detail":{"desc":"gop too long","occur_time":1653462813},"type":16}],
                 "appid":1250000000,"data_time":1653462815000,"domain":"5000.livepush.myqcloud.com","event_type":321,
                 "path":"live","report_interval":60000,"sequence":"2066640301193098296","stream_id":"s1",
                 "stream_param":"","timeout":10000,"user_ip":"1.2.3.4"}""",
                PushErrorEvent.class);
        assertThat(e.eventType()).isEqualTo(321);
        assertThat(e.dataTime()).isEqualTo(1653462815000L);
        assertThat(e.reportInterval()).isEqualTo(60000L);
        assertThat(e.sequence()).isEqualTo("2066640301193098296");
        assertThat(e.abnormalEvents()).hasSize(2);
        PushErrorEvent.Abnormal first = e.abnormalEvents().get(0);
        assertThat(first.type()).isEqualTo(6);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.customerVisible()).isEqualTo("true");
        assertThat(first.details()).containsExactly(new PushErrorEvent.Detail(
                "video frame arrive interval too long, interval: 3080", 1653462812L));
        assertThat(e.abnormalEvents().get(1).details()).containsExactly(
                new PushErrorEvent.Detail("gop too long", 1653462813L));
    }

    @Test
    void liveMonitor() {
        LiveMonitorEvent e = bind("""
                {"appid":1250000000,"bizid":12345,"interface":"general_callback","event_type":328,
                 "event_name":"StreamLowFramerate","event_time":1678440000123,
                 "event_msg":"{\\"framerate\\":3}","stream_id":"s1"}""", LiveMonitorEvent.class);
        assertThat(e.eventName()).isEqualTo("StreamLowFramerate");
        assertThat(e.eventTime()).isEqualTo(1678440000123L);
        assertThat(e.eventMsgJson().orElseThrow().asJsonObject().getInt("framerate")).isEqualTo(3);
        LiveMonitorEvent text = bind("""
                {"event_type":328,"event_name":"AsrFullText","event_msg":"hello","stream_id":"s1"}""",
                LiveMonitorEvent.class);
        assertThat(text.eventMsg()).isEqualTo("hello");
        assertThat(text.eventMsgJson()).isEmpty();
    }

    @Test
    void recordingStatusDecodesRecordDetail() {
        RecordingStatusEvent e = bind("""
                {"appid":123456789,"appname":"live","domain":"5000.livepush.myqcloud.com","event_time":1690000000,
                 "event_type":332,"record_detail":"{\\"file_format\\":3,\\"record_bps\\":0,\\"start_model\\":5,\
                \\"record_content\\":1,\\"source_type\\":1,\\"codec_temp_id\\":\\"\\"}",
                 "record_event":"record_start_succeeded","seq":"1","session_id":"2450298_1690000000",
                 "stream_id":"s1","task_id":"17854312345678901234"}""", RecordingStatusEvent.class);
        assertThat(e.eventType()).isEqualTo(332);
        assertThat(e.recordEvent()).isEqualTo("record_start_succeeded");
        assertThat(e.sessionId()).isEqualTo("2450298_1690000000");
        assertThat(e.taskId()).isEqualTo("17854312345678901234");
        RecordingStatusEvent.Detail d = e.detail().orElseThrow();
        assertThat(d.fileFormat()).isEqualTo(3);
        assertThat(d.startModel()).isEqualTo(5);
        assertThat(d.recordContent()).isEqualTo(1);
        assertThat(d.sourceType()).isEqualTo(1);
        assertThat(d.codecTempId()).isEmpty();
    }

    @Test
    void recordingError() {
        RecordingErrorEvent e = bind("""
                {"appid":123456789,"domain":"5000.livepush.myqcloud.com","path":"live","stream_id":"s1",
                 "session_id":"2450298_1690000000","file_format":"mp4","exception_level":"error",
                 "exception":{"type":"upload_failed","occurs":1690000100,"desc":"upload to VOD failed"},
                 "timestamp":1690000101,"event_type":341}""", RecordingErrorEvent.class);
        assertThat(e.eventType()).isEqualTo(341);
        assertThat(e.exceptionLevel()).isEqualTo("error");
        assertThat(e.exception()).isEqualTo(new RecordingErrorEvent.Failure("upload_failed", "1690000100",
                "upload to VOD failed"));
        assertThat(e.timestamp()).isEqualTo(1690000101L);
    }

    @Test
    void qualityCheckSummaryAndHighlightsKeepTheirFieldsInRaw() {
        QualityCheckEvent q = bind("""
                {"appid":1,"domain":"d","path":"live","stream_id":"s1","event_time":1690000000,"event_type":343,
                 "task_id":"9","result":{"score":80}}""", QualityCheckEvent.class);
        assertThat(q.streamId()).isEqualTo("s1");
        assertThat(q.raw().getJsonObject("result").getInt("score")).isEqualTo(80);
        LiveSummaryEvent s = bind("""
                {"appid":1,"stream_id":"s1","event_type":348,"summary":"a talk about cats"}""",
                LiveSummaryEvent.class);
        assertThat(s.raw().getString("summary")).isEqualTo("a talk about cats");
        HighlightEvent h = bind("""
                {"appid":1,"stream_id":"s1","event_type":349,"items":[{"url":"http://example.com/1.mp4",
                 "start_time":10,"end_time":40},{"url":"http://example.com/2.mp4"}]}""", HighlightEvent.class);
        assertThat(h.items()).hasSize(2);
        assertThat(h.items().get(0).getString("url")).isEqualTo("http://example.com/1.mp4");
    }

    @Test
    void imageModerationTodayIsCamelCaseAndToleratesSocre() {
        PornDetectionEvent e = bind("""
                {"appid":1250000000,"app":"5000.livepush.myqcloud.com","appname":"live","streamId":"s1",
                 "channelId":"s1","img":"http://example.com/s1.jpg","type":[1],"score":95,"suggestion":"Block",
                 "label":"Porn","subLabel":"SexBehavior","labelResults":[{"Scene":"Porn","Suggestion":"Block",
                 "Label":"Porn","SubLabel":"SexBehavior","Score":95}],"ocrResults":[],"event_type":317}""",
                PornDetectionEvent.class);
        assertThat(e.score()).isEqualTo(95.0);
        assertThat(e.anyScore()).isEqualTo(95.0);
        assertThat(e.suggestion()).isEqualTo("Block");
        assertThat(e.label()).isEqualTo("Porn");
        assertThat(e.subLabel()).isEqualTo("SexBehavior");
        assertThat(e.labelResults().asJsonArray()).hasSize(1);
        assertThat(e.type()).containsExactly(1);
        PornDetectionEvent misspelled = bind("""
                {"streamId":"s1","socre":77,"event_type":317}""", PornDetectionEvent.class);
        assertThat(misspelled.score()).isNull();
        assertThat(misspelled.anyScore()).isEqualTo(77.0);
    }

    @Test
    void todaysFieldsOfBeginEndRecordingAndScreenshot() {
        StreamEndEvent end = bind("""
                {"appid":1,"app":"d","appname":"live","stream_id":"s1","channel_id":"s1","event_type":0,
                 "event_time":1690000000,"sequence":"77","push_duration":"61234","idc_id":38,"set_id":2,
                 "width":1280,"height":720,"errcode":1,"errmsg":"recv rtmp deleteStream"}""", StreamEndEvent.class);
        assertThat(end.pushDuration()).isEqualTo(61234L);
        assertThat(end.idcId()).isEqualTo("38");
        assertThat(end.setId()).isEqualTo(2);
        assertThat(end.width()).isEqualTo(1280);
        StreamBeginEvent begin = bind("""
                {"appid":1,"stream_id":"s1","event_type":1,"idc_id":"38","set_id":"2","width":"0","height":"0"}""",
                StreamBeginEvent.class);
        assertThat(begin.height()).isZero();
        RecordingFileEvent rec = bind("""
                {"appid":1,"stream_id":"s1","channel_id":"s1","event_type":100,"file_id":"5285890781",
                 "record_file_id":"5285890781","file_format":"mp4","task_id":"0","start_time":1690000000,
                 "end_time":1690000600,"start_time_usec":123456,"end_time_usec":654321,"duration":600,
                 "file_size":"10485760","video_url":"http://example.com/f.mp4","media_start_time":1234,
                 "record_bps":0,"vod2Flag":0}""", RecordingFileEvent.class);
        assertThat(rec.fileSize()).isEqualTo(10485760L);
        assertThat(rec.startTimeUsec()).isEqualTo(123456L);
        assertThat(rec.endTimeUsec()).isEqualTo(654321L);
        assertThat(rec.mediaStartTime()).isEqualTo(1234L);
        assertThat(rec.recordBps()).isZero();
        assertThat(rec.duration()).isEqualTo(600L);
        ScreenshotEvent shot = bind("""
                {"appid":1,"stream_id":"s1","event_type":200,"create_time":1690000000,"file_size":2048,
                 "width":1280,"height":720,"pic_url":"/s1/1.jpg","pic_full_url":"http://example.com/s1/1.jpg"}""",
                ScreenshotEvent.class);
        assertThat(shot.url()).isEqualTo("http://example.com/s1/1.jpg");
    }

    @Test
    void aSendersRawFieldNeitherBreaksBindingNorReplacesTheBody() {
        StreamBeginEvent e = bind("""
                {"appid":1,"stream_id":"s1","event_type":1,"raw":"not an object"}""", StreamBeginEvent.class);
        assertThat(e.raw().getString("raw")).isEqualTo("not an object");
        assertThat(e.raw().getString("stream_id")).isEqualTo("s1");
    }

    @Test
    void rawIsNoPartOfValueEqualityOrText() {
        StreamBeginEvent read = (StreamBeginEvent) LvbEvents.fromJson(json("""
                {"appid":1,"stream_id":"s1","event_type":1,"stream_param":"txSecret=abc"}"""));
        StreamBeginEvent built = new StreamBeginEvent(1L, null, null, null, "s1", null, null, null, null,
                "txSecret=abc", null, null, null, null, null, null);
        assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.raw()).isEmpty();
        assertThat(read.toString()).isEqualTo(built.toString()).doesNotContain("raw")
                .contains("streamParam=txSecret=***").doesNotContain("abc");
    }

    @Test
    void everyTypeOfTodayIsTyped() {
        assertThat(List.of(314, 315, 321, 328, 332, 341, 343, 348, 349, 317, 0, 1, 100, 200))
                .allSatisfy(t -> assertThat(LvbEvents.typeOf(t)).isNotEqualTo(UnknownEvent.class));
        assertThat(LvbEvents.typeOf(8)).isEqualTo(UnknownEvent.class);
        assertThat(LvbEvents.fromJson(json("{\"event_type\":333,\"stream_id\":\"s\"}")))
                .isInstanceOf(UnknownEvent.class);
    }
}
