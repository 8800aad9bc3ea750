package dev.lvb.core.model;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One message of the screenshot queue (Live_Queue_Get).
 *
 * @param streamId the stream
 * @param picFullUrl the picture URL, as documented
 * @param picUrl the picture URL under the name some setups use
 * @param createTime when it was taken, UNIX seconds
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record QueuedScreenshot(
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("pic_full_url") String picFullUrl,
        @JsonbProperty("pic_url") String picUrl,
        @JsonbProperty("create_time") Long createTime,
        @JsonbTransient JsonObject raw) {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param streamId the stream
     * @param picFullUrl the picture URL, as documented
     * @param picUrl the picture URL under the name some setups use
     * @param createTime when it was taken, UNIX seconds
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public QueuedScreenshot {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param streamId the stream
     * @param picFullUrl the picture URL, as documented
     * @param picUrl the picture URL under the name some setups use
     * @param createTime when it was taken, UNIX seconds
     */
    public QueuedScreenshot(String streamId, String picFullUrl, String picUrl, Long createTime) {
        this(streamId, picFullUrl, picUrl, createTime, null);
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


    /** @return {@code pic_full_url}, or {@code pic_url} when only that was sent */
    public String url() {
        return picFullUrl != null && !picFullUrl.isEmpty() ? picFullUrl : picUrl;
    }
}
