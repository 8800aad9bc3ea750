package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One channel of Live_Channel_GetChannelList.
 *
 * @param channelId the stream id
 * @param channelName its name
 * @param createMode how it was created
 * @param createTime when, as LVB writes it
 * @param path push paths
 * @param status 0 no input, 1 normal, 2 service error, 3 closed, 4 forbidden (not the filter's enum)
 * @param watermarkId watermark id
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record Channel(
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("channel_name") String channelName,
        @JsonbProperty("create_mode") String createMode,
        @JsonbProperty("create_time") String createTime,
        @JsonbProperty("path") List<String> path,
        @JsonbProperty("status") Integer status,
        @JsonbProperty("watermark_id") String watermarkId,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param channelId the stream id
     * @param channelName its name
     * @param createMode how it was created
     * @param createTime when, as LVB writes it
     * @param path push paths
     * @param status 0 no input, 1 normal, 2 service error, 3 closed, 4 forbidden (not the filter's enum)
     * @param watermarkId watermark id
     */
    public Channel(String channelId, String channelName, String createMode, String createTime, List<String> path,
            Integer status, String watermarkId) {
        this(channelId, channelName, createMode, createTime, path, status, watermarkId, null);
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


    /**
     * Keeps an unmodifiable copy of {@code path}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param channelId the stream id
     * @param channelName its name
     * @param createMode how it was created
     * @param createTime when, as LVB writes it
     * @param path push paths
     * @param status 0 no input, 1 normal, 2 service error, 3 closed, 4 forbidden (not the filter's enum)
     * @param watermarkId watermark id
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public Channel {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        path = path == null ? List.of() : List.copyOf(path);
    }
}
