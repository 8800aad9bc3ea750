package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One live channel of Live_Channel_GetLiveChannelList.
 *
 * @param channelId the stream id
 */
public record LiveChannel(@JsonbProperty("channel_id") String channelId) {
}
