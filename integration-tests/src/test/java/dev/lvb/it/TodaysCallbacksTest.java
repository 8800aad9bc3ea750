package dev.lvb.it;

import static dev.lvb.it.CallbackTest.delivered;
import static dev.lvb.it.CallbackTest.newStream;
import static dev.lvb.it.CallbackTest.seenOnce;
import static dev.lvb.it.CallbackTest.signed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Today's notification types, each in the shape of Tencent's documented sample, posted signed to the callback path:
 * each reaches its typed observer and the {@code LvbEvent} observer exactly once, with typed values and every field
 * kept in {@code raw()}.
 */
@QuarkusTest
public class TodaysCallbacksTest extends LvbTestBase {

    static JsonObject body(String json, String streamId) {
        return Json.createReader(new StringReader(json.replace("STREAM", streamId))).readObject();
    }

    static JsonPath deliver(String json, String prefix, String type) {
        String id = newStream(prefix);
        delivered(signed(body(json, id)));
        JsonPath e = seenOnce(id, type);
        assertThat(e.getString("streamId")).isEqualTo(id);
        return e;
    }

    @Test
    void relayTask() {
        JsonPath e = deliver("""
                {"appid":4,"callback_event":"VodSourceFileStart","callback_url":"http://you.callback.url",
                 "event_type":314,"interface":"general_callback",
                 "msg":"{\\"url\\":\\"http://example.com/a.m3u8\\",\\"index\\":0,\\"duration\\":14920}",
                 "product_name":"pullpush","source_urls":"[\\"http://example.com/a.m3u8\\"]\\n",
                 "stream_id":"STREAM","task_id":"118145","to_url":"rtmp://5000.livepush.myqcloud.com/live/STREAM"}""",
                "8888_relay_", "RelayTaskEvent");
        assertThat(e.getInt("eventType")).isEqualTo(314);
        assertThat(e.getString("callbackEvent")).isEqualTo("VodSourceFileStart");
        assertThat(e.getString("taskId")).isEqualTo("118145");
        assertThat(e.getList("sourceUrls", String.class)).containsExactly("http://example.com/a.m3u8");
        assertThat(e.getString("msgUrl")).isEqualTo("http://example.com/a.m3u8");
        assertThat(e.getLong("msgDuration")).isEqualTo(14920L);
        assertThat(e.getList("rawKeys", String.class)).contains("product_name", "interface", "t");
    }

    @Test
    void audioModeration() {
        JsonPath e = deliver("""
                {"appid":1250000000,"stream_id":"STREAM","channel_id":"STREAM","domain":"d","path":"live",
                 "HitFlag":1,"Score":88,"SubTag":"sexy_voice","task_id":1234567,"status":2,"label":"Porn",
                 "event_type":315}""", "8888_audio_", "AudioModerationEvent");
        assertThat(e.getString("label")).isEqualTo("Porn");
        assertThat(e.getDouble("score")).isEqualTo(88.0);
        assertThat(e.getInt("hitFlag")).isEqualTo(1);
        assertThat(e.getString("taskId")).isEqualTo("1234567");
    }

    @Test
    void pushError() {
        JsonPath e = deliver("""
                {"abnormal_event":[{"count":2,"customer_visible":"true","detail":[{"desc":
                 "video frame arrive interval too long","occur_time":1653462812}],"event_key":"","type":6,
                 "type_desc_cn":"两帧视频到达时间太长",
                 "type_desc_en":"video frame arrive interval too long"}],"appid":1250000000,"data_time":1653462815000,
                 "domain":"d","event_type":321,"path":"live","report_interval":60000,"sequence":"2066640301193098296",
                 "stream_id":"STREAM","stream_param":"","timeout":10000,"user_ip":"1.2.3.4"}""",
                "8888_pusherr_", "PushErrorEvent");
        assertThat(e.getLong("dataTime")).isEqualTo(1653462815000L);
        assertThat(e.getLong("reportInterval")).isEqualTo(60000L);
        assertThat(e.getList("abnormalTypes", Integer.class)).containsExactly(6);
        assertThat(e.getString("firstDetail")).isEqualTo("video frame arrive interval too long");
    }

    @Test
    void liveMonitor() {
        JsonPath e = deliver("""
                {"appid":1,"bizid":2,"interface":"general_callback","event_type":328,"event_name":"StreamBroken",
                 "event_time":1678440000123,"event_msg":"","stream_id":"STREAM"}""", "8888_monitor_",
                "LiveMonitorEvent");
        assertThat(e.getString("eventName")).isEqualTo("StreamBroken");
        assertThat(e.getLong("eventTime")).isEqualTo(1678440000123L);
    }

    @Test
    void recordingStatus() {
        JsonPath e = deliver("""
                {"appid":123456789,"appname":"live","domain":"d","event_time":1690000000,"event_type":332,
                 "record_detail":"{\\"file_format\\":3,\\"record_bps\\":0,\\"start_model\\":5}",
                 "record_event":"record_ended","seq":"7","session_id":"2450298_1690000000","stream_id":"STREAM",
                 "task_id":"17854312345678901234"}""", "8888_recstatus_", "RecordingStatusEvent");
        assertThat(e.getString("recordEvent")).isEqualTo("record_ended");
        assertThat(e.getString("sessionId")).isEqualTo("2450298_1690000000");
        assertThat(e.getString("taskId")).isEqualTo("17854312345678901234");
        assertThat(e.getInt("detailFileFormat")).isEqualTo(3);
    }

    @Test
    void recordingError() {
        JsonPath e = deliver("""
                {"appid":1,"domain":"d","path":"live","stream_id":"STREAM","session_id":"s_1","file_format":"mp4",
                 "exception_level":"error","exception":{"type":"upload_failed","occurs":1,"desc":"x"},
                 "timestamp":1690000101,"event_type":341}""", "8888_recerr_", "RecordingErrorEvent");
        assertThat(e.getString("exceptionLevel")).isEqualTo("error");
        assertThat(e.getString("exceptionType")).isEqualTo("upload_failed");
    }

    @Test
    void qualityCheckSummaryAndHighlights() {
        JsonPath q = deliver("""
                {"appid":1,"stream_id":"STREAM","event_type":343,"result":{"score":80}}""", "8888_quality_",
                "QualityCheckEvent");
        assertThat(q.getList("rawKeys", String.class)).contains("result");
        JsonPath s = deliver("""
                {"appid":1,"stream_id":"STREAM","event_type":348,"summary":"cats"}""", "8888_summary_",
                "LiveSummaryEvent");
        assertThat(s.getList("rawKeys", String.class)).contains("summary");
        JsonPath h = deliver("""
                {"appid":1,"stream_id":"STREAM","event_type":349,"items":[{"url":"http://example.com/1.mp4"}]}""",
                "8888_highlight_", "HighlightEvent");
        assertThat(h.getInt("items")).isEqualTo(1);
    }

    @Test
    void imageModerationToday() {
        String id = newStream("8888_image_");
        delivered(signed(body("""
                {"appid":1,"streamId":"STREAM","channelId":"STREAM","img":"http://example.com/1.jpg","type":[1],
                 "socre":77,"suggestion":"Block","label":"Porn","event_type":317}""", id)));
        JsonPath e = seenOnce(id, "PornDetectionEvent");
        assertThat(e.getList("rawKeys", String.class)).contains("socre", "suggestion", "label");
    }
}
