package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * {@code output} of Live_Channel_GetChannelList.
 *
 * @param allCount channels in total
 * @param channelList this page
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record ChannelList(
        @JsonbProperty("all_count") Integer allCount,
        @JsonbProperty("channel_list") List<Channel> channelList,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param allCount channels in total
     * @param channelList this page
     */
    public ChannelList(Integer allCount, List<Channel> channelList) {
        this(allCount, channelList, null);
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
     * Keeps an unmodifiable copy of {@code channelList}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param allCount channels in total
     * @param channelList this page
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public ChannelList {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        channelList = channelList == null ? List.of() : List.copyOf(channelList);
    }
}
