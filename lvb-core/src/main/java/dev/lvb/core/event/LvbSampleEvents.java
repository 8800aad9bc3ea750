package dev.lvb.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/**
 * Sample notifications of every {@code event_type} the library types, in the shape of Tencent's documented samples
 * (doc 267/32744 and the pages under "事件消息通知"), without {@code t} and {@code sign}: for simulators, tests and
 * the Dev UI. JSON text inside fields ({@code msg}, {@code source_urls}, {@code record_detail}) is text, as LVB sends
 * it. Samples of types 0, 1, 100 and 200 carry a new sequence or file id each time, so a duplicate filter lets each
 * one through.
 */
public final class LvbSampleEvents {

    private static final Map<Integer, String> TYPES = labels();

    private LvbSampleEvents() {
    }

    /** @return per {@code event_type} there is a sample of, a short label, in ascending order */
    public static Map<Integer, String> types() {
        return TYPES;
    }

    private static Map<Integer, String> labels() {
        Map<Integer, String> t = new LinkedHashMap<>();
        t.put(0, "stream end");
        t.put(1, "stream begin");
        t.put(100, "recording file");
        t.put(200, "screenshot");
        t.put(314, "relay task");
        t.put(315, "audio moderation");
        t.put(317, "image moderation");
        t.put(321, "push error");
        t.put(328, "live monitoring");
        t.put(332, "recording status");
        t.put(341, "recording error");
        t.put(343, "quality check");
        t.put(348, "live summary");
        t.put(349, "highlight clips");
        return Collections.unmodifiableMap(t);
    }

    /**
     * @param eventType an event type of {@link #types()}
     * @param appId the APPID, or {@code null} to leave {@code appid} out
     * @param domain the push domain
     * @param appName the AppName
     * @param streamId the stream: letters, digits and {@code _ - . ~} only (it lands inside JSON text in strings)
     * @param now the sending time
     * @return the unsigned body, empty for a type without a sample
     * @throws IllegalArgumentException for a stream name with other characters
     */
    public static Optional<JsonObject> of(int eventType, Long appId, String domain, String appName, String streamId,
            Instant now) {
        long s = now.getEpochSecond();
        long ms = now.toEpochMilli();
        String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
        String json = switch (eventType) {
            case 0, 1 -> """
                    {"appid":%1$d,"app":"%2$s","appname":"%3$s","channel_id":"%4$s","stream_id":"%4$s",
                     "event_time":%5$d,"sequence":"%7$s","node":"10.0.0.1","user_ip":"127.0.0.1","stream_param":"",
                     "errcode":%8$d,"errmsg":"%9$s"%10$s,"event_type":%11$d}""";
            case 100 -> """
                    {"appid":%1$d,"channel_id":"%4$s","stream_id":"%4$s","video_id":"sample_%7$s",
                     "video_url":"http://sample.vod2.myqcloud.com/%7$s/f0.flv","file_size":30045521,
                     "start_time":%12$d,"end_time":%5$d,"file_id":"%7$s","file_format":"flv",
                     "record_file_id":"%7$s","duration":272,"stream_param":"","event_type":100}""";
            case 200 -> """
                    {"appid":%1$d,"channel_id":"%4$s","stream_id":"%4$s","pic_url":"/sample/%4$s/%7$s.jpg",
                     "pic_full_url":"http://sample.file.myqcloud.com/sample/%4$s/%7$s.jpg","create_time":%5$d,
                     "stream_param":"","event_type":200}""";
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
            throw new IllegalArgumentException("sample events need a stream name of letters, digits and _ - . ~");
        }
        JsonObject body = LvbJson.parseObject(json.formatted(appId == null ? 0L : appId, domain, appName, streamId,
                s, ms, unique, eventType == 0 ? 1 : 0, eventType == 0 ? "recv rtmp deleteStream" : "",
                eventType == 0 ? ",\"push_duration\":\"61234\"" : "", eventType, s - 272));
        if (appId == null) {
            body = LvbJson.provider().createObjectBuilder(body).remove("appid").build();
        }
        return Optional.of(body);
    }
}
