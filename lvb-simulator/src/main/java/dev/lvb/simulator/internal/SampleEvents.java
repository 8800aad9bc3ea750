package dev.lvb.simulator.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.internal.LvbJson;
import jakarta.json.JsonObject;

/**
 * Notifications of today's types in the shape of Tencent's documented samples (doc 267/32744 and the pages under
 * "事件消息通知"), for one stream: JSON text inside fields ({@code msg}, {@code source_urls}, {@code record_detail})
 * is sent as text, as LVB does. Sent exactly as written, plus {@code t} and {@code sign}.
 */
public final class SampleEvents {

    /** The {@code event_type}s there is a sample of. */
    public static final List<Integer> TYPES = List.of(314, 315, 317, 321, 328, 332, 341, 343, 348, 349);

    private SampleEvents() {
    }

    /**
     * @param eventType an event type of {@link #TYPES}
     * @param appId the APPID
     * @param domain the push domain
     * @param appName the AppName
     * @param streamId the stream
     * @param now the simulator's time
     * @return the typed event (its {@code raw()} is the sample), empty for other types
     */
    public static Optional<LvbEvent> of(int eventType, long appId, String domain, String appName, String streamId,
            Instant now) {
        long s = now.getEpochSecond();
        long ms = now.toEpochMilli();
        String json = switch (eventType) {
            case 314 -> """
                    {"appid":%1$d,"callback_event":"VodSourceFileStart","callback_url":"http://127.0.0.1/callback",
                     "event_type":314,"interface":"general_callback",
                     "msg":"{\\"url\\":\\"http://example.com/vod/%4$s.mp4\\",\\"index\\":0,\\"duration\\":14920}",
                     "product_name":"pullpush","source_urls":"[\\"http://example.com/vod/%4$s.mp4\\"]\\n",
                     "stream_id":"%4$s","task_id":"118145","to_url":"rtmp://%2$s/%3$s/%4$s","event_time":"%5$d"}""";
            case 315 -> """
                    {"appid":%1$d,"stream_id":"%4$s","channel_id":"%4$s","domain":"%2$s","path":"%3$s","HitFlag":1,
                     "Score":88,"SubTag":"sexy_voice","task_id":1234567,"status":2,"asr_text":"...",
                     "cdn_url":"http://example.com/audio/%4$s.mp3","duration":30,"label":"Porn",
                     "suggestion":"Block","event_type":315}""";
            case 317 -> """
                    {"appid":%1$d,"app":"%2$s","appname":"%3$s","streamId":"%4$s","channelId":"%4$s",
                     "img":"http://example.com/shot/%4$s.jpg","type":[1],"score":95,"suggestion":"Block",
                     "label":"Porn","subLabel":"SexBehavior","labelResults":[{"Scene":"Porn","Suggestion":"Block",
                     "Label":"Porn","SubLabel":"SexBehavior","Score":95}],"event_type":317}""";
            case 321 -> """
                    {"abnormal_event":[{"count":2,"customer_visible":"true","detail":[{"desc":
                     "video frame arrive interval too long, interval: 3080","occur_time":%5$d}],"event_key":"",
                     "type":6,"type_desc_cn":"两帧视频到达时间太长","type_desc_en":"video frame arrive interval too long"}],
                     "appid":%1$d,"data_time":%6$d,"domain":"%2$s","event_type":321,"path":"%3$s",
                     "report_interval":60000,"sequence":"2066640301193098296","stream_id":"%4$s","stream_param":"",
                     "timeout":10000,"user_ip":"127.0.0.1"}""";
            case 328 -> """
                    {"appid":%1$d,"bizid":1000,"interface":"general_callback","event_type":328,
                     "event_name":"StreamLowFramerate","event_time":%6$d,"event_msg":"{\\"framerate\\":3}",
                     "stream_id":"%4$s"}""";
            case 332 -> """
                    {"appid":%1$d,"appname":"%3$s","domain":"%2$s","event_time":%5$d,"event_type":332,
                     "record_detail":"{\\"file_format\\":3,\\"record_bps\\":0,\\"start_model\\":5,\
                    \\"record_content\\":1,\\"source_type\\":1,\\"codec_temp_id\\":\\"\\"}",
                     "record_event":"record_start_succeeded","seq":"1","session_id":"2450298_%5$d",
                     "stream_id":"%4$s","task_id":"17854312345678901234"}""";
            case 341 -> """
                    {"appid":%1$d,"domain":"%2$s","path":"%3$s","stream_id":"%4$s","session_id":"2450298_%5$d",
                     "file_format":"mp4","exception_level":"error","exception":{"type":"upload_failed",
                     "occurs":%5$d,"desc":"upload to VOD failed"},"timestamp":%5$d,"event_type":341}""";
            case 343 -> """
                    {"appid":%1$d,"domain":"%2$s","path":"%3$s","stream_id":"%4$s","event_time":%5$d,
                     "event_type":343,"task_id":"9001","result":{"score":80}}""";
            case 348 -> """
                    {"appid":%1$d,"domain":"%2$s","path":"%3$s","stream_id":"%4$s","event_time":%5$d,
                     "event_type":348,"task_id":"9002","summary":"simulated summary of %4$s"}""";
            case 349 -> """
                    {"appid":%1$d,"domain":"%2$s","path":"%3$s","stream_id":"%4$s","event_time":%5$d,
                     "event_type":349,"task_id":"9003","items":[{"url":"http://example.com/clip/%4$s-1.mp4",
                     "start_time":%5$d,"end_time":%5$d}]}""";
            default -> null;
        };
        if (json == null) {
            return Optional.empty();
        }
        if (!streamId.matches("[A-Za-z0-9_.~-]{1,256}")) {
            // The id lands inside JSON strings and JSON text inside strings: samples take plain stream names only.
            throw new IllegalArgumentException("sample events need a stream name of letters, digits and _ - . ~");
        }
        JsonObject body = LvbJson.parseObject(json.formatted(appId, domain, appName, streamId, s, ms));
        return Optional.of(LvbEvents.fromJson(body));
    }
}
