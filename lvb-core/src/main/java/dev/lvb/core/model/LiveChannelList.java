package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Live_Channel_GetLiveChannelList. Items are documented as {@code {"channel_id": ...}} objects;
 * plain strings are read too. Written as objects.
 *
 * @param allCount live channels in total
 * @param channelList the channels
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record LiveChannelList(
        @JsonbProperty("all_count") Integer allCount,
        @JsonbProperty("channel_list") @JsonbTypeDeserializer(LvbLenient.ObjectsOrStrings.class) List<LiveChannel> channelList,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param allCount live channels in total
     * @param channelList the channels
     */
    public LiveChannelList(Integer allCount, List<LiveChannel> channelList) {
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
     * @param allCount live channels in total
     * @param channelList the channels
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public LiveChannelList {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        channelList = channelList == null ? List.of() : List.copyOf(channelList);
    }

    /** @return the stream ids */
    public List<String> streamIds() {
        return channelList.stream().map(LiveChannel::channelId).toList();
    }
}
