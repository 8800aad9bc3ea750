package dev.lvb.quarkus.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import dev.lvb.core.internal.LvbJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Dev mode: one sample notification (without {@code t}/{@code sign}) per {@code event_type} the library knows, in
 * the shapes the simulator and LVB's documentation use, for the Dev UI's "send a sample". Each sample is new (its
 * own sequence, times and ids), so the duplicate filter lets it through.
 */
public final class LvbSampleNotifications {

    private LvbSampleNotifications() {
    }

    /**
     * @return per {@code event_type}, a short label
     */
    public static Map<Integer, String> types() {
        Map<Integer, String> types = new TreeMap<>();
        types.put(0, "stream end");
        types.put(1, "stream begin");
        types.put(100, "recording file");
        types.put(200, "screenshot");
        types.put(317, "porn detection");
        return types;
    }

    /**
     * @param eventType one of {@link #types()}
     * @param streamId the stream the sample is about
     * @param appId the APPID, or {@code null}
     * @param now the sending time
     * @return the sample, without {@code t}/{@code sign}
     * @throws IllegalArgumentException for an {@code event_type} without a sample
     */
    public static JsonObject of(int eventType, String streamId, Long appId, Instant now) {
        long time = now.getEpochSecond();
        String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
        JsonObjectBuilder b = LvbJson.provider().createObjectBuilder();
        if (appId != null) {
            b.add("appid", appId);
        }
        switch (eventType) {
            case 0, 1 -> {
                b.add("app", "sample.livepush.myqcloud.com").add("appname", "live").add("channel_id", streamId)
                        .add("stream_id", streamId).add("event_time", time).add("sequence", unique)
                        .add("node", "10.0.0.1").add("user_ip", "127.0.0.1").add("stream_param", "")
                        .add("errcode", eventType == 0 ? 1 : 0)
                        .add("errmsg", eventType == 0 ? "recv rtmp deleteStream" : "");
                if (eventType == 0) {
                    b.add("push_duration", "61234");
                }
            }
            case 100 -> b.add("channel_id", streamId).add("stream_id", streamId)
                    .add("video_id", "sample_" + unique).add("video_url", "http://sample.vod2.myqcloud.com/" + unique
                            + "/f0.flv")
                    .add("file_size", 30_045_521L).add("start_time", time - 272).add("end_time", time)
                    .add("file_id", unique).add("file_format", "flv").add("record_file_id", unique)
                    .add("duration", 272).add("stream_param", "");
            case 200 -> b.add("channel_id", streamId).add("stream_id", streamId)
                    .add("pic_url", "/sample/" + streamId + "/" + unique + ".jpg")
                    .add("pic_full_url", "http://sample.file.myqcloud.com/sample/" + streamId + "/" + unique + ".jpg")
                    .add("create_time", time).add("stream_param", "");
            case 317 -> b.add("app", "sample.livepush.myqcloud.com").add("appname", "live").add("streamId", streamId)
                    .add("channelId", streamId).add("tid", 20001)
                    .add("img", "http://sample.file.myqcloud.com/porn/" + unique + ".jpg")
                    .add("type", LvbJson.provider().createArrayBuilder().add(0)).add("confidence", 0)
                    .add("normalScore", 100).add("hotScore", 0).add("pornScore", 0).add("level", 0)
                    .add("screenshotTime", time).add("sendTime", time).add("stream_param", "");
            default -> throw new IllegalArgumentException("no sample notification for event_type " + eventType
                    + "; known: " + types().keySet());
        }
        return b.add("event_type", eventType).build();
    }
}
