package dev.lvb.core.model;

/**
 * Parameters of Live_Channel_GetStatus.
 *
 * @param streamId the stream ({@code Param.s.channel_id}: "channel" is the historical name of a live code)
 */
public record StreamStatusRequest(String streamId) implements LvbRequest {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param streamId the stream ({@code Param.s.channel_id}: "channel" is the historical name of a live code)
     */
    public StreamStatusRequest {
        Checks.id("Param.s.channel_id", streamId);
    }
}
