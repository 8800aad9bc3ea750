package dev.lvb.core.event;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A screenshot was taken (event_type 200).
 *
 * @param appId the LVB APPID
 * @param channelId equals {@code streamId} for live codes
 * @param streamId the stream
 * @param picUrl the picture's path without host (old setups build the URL from their COS bucket)
 * @param picFullUrl the full picture URL (added later; prefer it, see {@link #url()})
 * @param createTime when it was taken, UNIX seconds
 * @param fileSize bytes (later docs)
 * @param width pixels (later docs)
 * @param height pixels (later docs)
 * @param app the push domain (later docs)
 * @param appName the push path (later docs)
 * @param streamParam the push URL's query string
 * @param picExtraInfo extra information as LVB sends it (later clients)
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record ScreenshotEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("pic_url") String picUrl,
        @JsonbProperty("pic_full_url") String picFullUrl,
        @JsonbProperty("create_time") Long createTime,
        @JsonbProperty("file_size") Long fileSize,
        @JsonbProperty("width") Integer width,
        @JsonbProperty("height") Integer height,
        @JsonbProperty("app") String app,
        @JsonbProperty("appname") String appName,
        @JsonbProperty("stream_param") String streamParam,
        @JsonbProperty("pic_extra_info") JsonValue picExtraInfo,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param channelId equals {@code streamId} for live codes
     * @param streamId the stream
     * @param picUrl the picture's path without host (old setups build the URL from their COS bucket)
     * @param picFullUrl the full picture URL (added later; prefer it, see {@link #url()})
     * @param createTime when it was taken, UNIX seconds
     * @param fileSize bytes (later docs)
     * @param width pixels (later docs)
     * @param height pixels (later docs)
     * @param app the push domain (later docs)
     * @param appName the push path (later docs)
     * @param streamParam the push URL's query string
     * @param picExtraInfo extra information as LVB sends it (later clients)
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public ScreenshotEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param channelId equals {@code streamId} for live codes
     * @param streamId the stream
     * @param picUrl the picture's path without host (old setups build the URL from their COS bucket)
     * @param picFullUrl the full picture URL (added later; prefer it, see {@link #url()})
     * @param createTime when it was taken, UNIX seconds
     * @param fileSize bytes (later docs)
     * @param width pixels (later docs)
     * @param height pixels (later docs)
     * @param app the push domain (later docs)
     * @param appName the push path (later docs)
     * @param streamParam the push URL's query string
     * @param picExtraInfo extra information as LVB sends it (later clients)
     */
    public ScreenshotEvent(Long appId, String channelId, String streamId, String picUrl, String picFullUrl,
            Long createTime, Long fileSize, Integer width, Integer height, String app, String appName,
            String streamParam, JsonValue picExtraInfo) {
        this(appId, channelId, streamId, picUrl, picFullUrl, createTime, fileSize, width, height, app, appName,
                streamParam, picExtraInfo, null);
    }

    @Override
    public boolean equals(Object o) {
        return LvbRaw.equals(this, o);
    }

    @Override
    public int hashCode() {
        return LvbRaw.hashCode(this);
    }

    @Override
    public String toString() {
        return LvbRaw.toString(this);
    }


    /** LVB's {@code event_type} of this event. */
    public static final int EVENT_TYPE = 200;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }

    /** @return {@code pic_full_url}, or {@code pic_url} when only that was sent */
    public String url() {
        return picFullUrl != null && !picFullUrl.isEmpty() ? picFullUrl : picUrl;
    }
}
