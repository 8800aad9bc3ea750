package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Live_Channel_GetChannelList.
 *
 * @param allCount channels in total
 * @param channelList this page
 */
public record ChannelList(
        @JsonbProperty("all_count") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer allCount,
        @JsonbProperty("channel_list") List<Channel> channelList) {

    public ChannelList {
        channelList = channelList == null ? List.of() : List.copyOf(channelList);
    }
}
