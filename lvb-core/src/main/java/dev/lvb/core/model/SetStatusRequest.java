package dev.lvb.core.model;

/**
 * Parameters of Live_Channel_SetStatus: ban, allow or drop a stream.
 *
 * @param streamId the stream
 * @param action what to do
 * @param path the push path, for multi-path accounts, or {@code null}
 * @param domain the push domain, for multi-domain accounts, or {@code null}
 */
public record SetStatusRequest(String streamId, StreamAction action, String path, String domain)
        implements LvbRequest {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param streamId the stream
     * @param action what to do
     * @param path the push path, for multi-path accounts, or {@code null}
     * @param domain the push domain, for multi-domain accounts, or {@code null}
     */
    public SetStatusRequest {
        Checks.id("Param.s.channel_id", streamId);
        Checks.required("Param.n.status", action);
        Checks.optionalId("Param.s.path", path);
        Checks.optionalId("Param.s.domain", domain);
    }

    /**
     * @param streamId the stream
     * @param action what to do
     * @return a request without path or domain
     */
    public static SetStatusRequest of(String streamId, StreamAction action) {
        return new SetStatusRequest(streamId, action, null, null);
    }
}
