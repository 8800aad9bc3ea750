package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

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
 */
public record Channel(
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("channel_name") String channelName,
        @JsonbProperty("create_mode") @JsonbTypeDeserializer(Lenient.Text.class) String createMode,
        @JsonbProperty("create_time") @JsonbTypeDeserializer(Lenient.Text.class) String createTime,
        @JsonbProperty("path") List<String> path,
        @JsonbProperty("status") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer status,
        @JsonbProperty("watermark_id") @JsonbTypeDeserializer(Lenient.Text.class) String watermarkId) {

    public Channel {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
