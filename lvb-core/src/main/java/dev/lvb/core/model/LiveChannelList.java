package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Live_Channel_GetLiveChannelList. Items are documented as {@code {"channel_id": ...}} objects;
 * plain strings are read too. Written as objects.
 *
 * @param allCount live channels in total
 * @param channelList the channels
 */
public record LiveChannelList(
        @JsonbProperty("all_count") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer allCount,
        @JsonbProperty("channel_list") @JsonbTypeDeserializer(Lenient.LiveChannelList.class) List<LiveChannel> channelList) {

    public LiveChannelList {
        channelList = channelList == null ? List.of() : List.copyOf(channelList);
    }

    /** @return the stream ids */
    public List<String> streamIds() {
        return channelList.stream().map(LiveChannel::channelId).toList();
    }
}
