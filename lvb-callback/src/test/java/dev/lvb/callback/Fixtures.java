package dev.lvb.callback;

import java.time.Instant;
import java.util.UUID;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/** Notification bodies from the spec (§5.3-5.6) and the keys of the test configuration. */
final class Fixtures {

    /** {@code lvb.api-key} of src/test/resources/application.properties. */
    static final String API_KEY = "test-api-key-5d41402abc4b2a76b9719d911017c592";
    /** {@code lvb.callback-key} of src/test/resources/application.properties: notifications are signed with it. */
    static final String CALLBACK_KEY = "test-callback-key-40328529ca4381a80c6ecf2e";

    /** §5.3, event_type 0 (the 2017-18 doc example), verbatim apart from t/sign. */
    static final String STREAM_END = """
            {"app":"3954.livepush.myqcloud.com","appname":"live","appid":1252033264,"channel_id":"3954_x",
             "stream_id":"3954_x","event_type":0,"event_time":1471256200,"sequence":"5911795891871911817",
             "node":"123.10.1.1","user_ip":"127.0.0.1","errcode":1,"errmsg":"recv rtmp deleteStream",
             "push_duration":"61234","stream_param":"","sign":"<md5>","t":1471256800}""";

    /** §5.3, event_type 1: the same push session beginning (begin has no push_duration). */
    static final String STREAM_BEGIN = """
            {"app":"3954.livepush.myqcloud.com","appname":"live","appid":1252033264,"channel_id":"3954_y",
             "stream_id":"3954_y","event_type":1,"event_time":1471256139,"sequence":"5911795891871911817",
             "node":"123.10.1.1","user_ip":"127.0.0.1","errcode":0,"errmsg":"",
             "stream_param":"txSecret=0c2d3a1e8b2f0c3a&txTime=5C2ACE7F","set_id":2,"width":0,"height":0,
             "idc_id":"38","sign":"<md5>","t":1471256800}""";

    /** §5.4, event_type 100 (doc example, abbreviated as in the spec). */
    static final String RECORDING = """
            {"appid":1252033264,"channel_id":"2519_2500647","stream_id":"2519_2500647","event_type":100,
             "file_format":"flv","file_id":"9031868222958931071","file_size":30045521,"start_time":1496220622,
             "end_time":1496220894,"duration":272,"record_file_id":"9031868222958931071",
             "video_id":"200011683_481565e0befe4e44903839aebe370ef6",
             "video_url":"http://1252033264.vod2.myqcloud.com/.../f0.flv",
             "stream_param":"bizid=2519&record=hls|flv&...","sign":"<md5>","t":1496221502}""";

    /** §5.5, event_type 200 with the documented fields (pic_url, create_time, pic_full_url, later additions). */
    static final String SCREENSHOT = """
            {"appid":1252033264,"channel_id":"2519_2500648","stream_id":"2519_2500648","event_type":200,
             "pic_url":"/2519_2500648/2017-05-31-16-43-40.jpg","create_time":1496220220,
             "pic_full_url":"http://bucket-1252033264.file.myqcloud.com/2519_2500648/2017-05-31-16-43-40.jpg",
             "file_size":65536,"width":1280,"height":720,"app":"2519.livepush.myqcloud.com","appname":"live",
             "stream_param":"bizid=2519","sign":"<md5>","t":1496221502}""";

    /** §5.6, event_type 317 with LVB's camelCase fields. */
    static final String PORN = """
            {"tid":20001,"streamId":"2519_2500649","channelId":"2519_2500649",
             "img":"http://bucket-1252033264.file.myqcloud.com/2519_2500649/porn.jpg","type":[1,3],
             "confidence":92,"normalScore":3.5,"hotScore":10.25,"pornScore":86.25,"level":2,"ocrMsg":"",
             "screenshotTime":1496220220,"sendTime":1496220225,"similarScore":0,"gameDetails":{"a":1},
             "stream_param":"bizid=2519","app":"2519.livepush.myqcloud.com","appid":1252033264,"appname":"live",
             "event_type":317,"sign":"<md5>","t":1496221502}""";

    /** An event_type this library has no type for. */
    static final String UNKNOWN = """
            {"appid":1252033264,"stream_id":"2519_2500650","event_type":999,"something_new":{"x":[1,2,3]},
             "sign":"<md5>","t":1496221502}""";

    private Fixtures() {
    }

    /** @return "now + 10 minutes", as LVB sends */
    static long freshT() {
        return Instant.now().getEpochSecond() + 600;
    }

    static JsonObject json(String text) {
        return LvbJson.parseObject(text);
    }

    /** @return the body with {@code t = now + 10 min} and a sign made with the callback key */
    static String signed(String body) {
        return signed(json(body), CALLBACK_KEY, freshT()).toString();
    }

    static JsonObject signed(JsonObject body, String key, long t) {
        return LvbCallbackSender.sign(body, key, t);
    }

    /** @return the body with {@code t} as a JSON string (the doc's table type) and a matching sign */
    static String signedWithStringT(String body) {
        long t = freshT();
        return LvbJson.provider().createObjectBuilder(json(body)).add("t", Long.toString(t))
                .add("sign", LvbSignature.sign(CALLBACK_KEY, t)).build().toString();
    }

    /** @return the body with its stream id (both spellings) replaced */
    static JsonObject withStream(String body, String streamId) {
        JsonObject o = json(body);
        var b = LvbJson.provider().createObjectBuilder(o);
        if (o.containsKey("stream_id")) {
            b.add("stream_id", streamId).add("channel_id", streamId);
        }
        if (o.containsKey("streamId")) {
            b.add("streamId", streamId).add("channelId", streamId);
        }
        return b.build();
    }

    /** @return a stream begin notification (unsigned) for a unique stream */
    static JsonObject beginFor(String streamId) {
        return withStream(STREAM_BEGIN, streamId);
    }

    static String uniqueStream(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
