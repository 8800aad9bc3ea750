package dev.lvb.core.model;

import dev.lvb.core.internal.LvbParams;

/**
 * Parameters of Live_Channel_GetStatus.
 *
 * @param streamId the stream ({@code Param.s.channel_id}: "channel" is the historical name of a live code)
 */
public record StreamStatusRequest(String streamId) implements LvbRequest {

    public StreamStatusRequest {
        Checks.id("Param.s.channel_id", streamId);
    }

    @Override
    public LvbParams toParams() {
        return LvbParams.builder().s("channel_id", streamId).build();
    }
}
