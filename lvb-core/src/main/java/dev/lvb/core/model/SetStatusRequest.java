package dev.lvb.core.model;

import dev.lvb.core.internal.LvbParams;

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

    public SetStatusRequest {
        Checks.id("Param.s.channel_id", streamId);
        Checks.required("Param.n.status", action);
        Checks.optionalId("Param.s.path", path);
        Checks.optionalId("Param.s.domain", domain);
    }

    /** @return a request without path or domain */
    public static SetStatusRequest of(String streamId, StreamAction action) {
        return new SetStatusRequest(streamId, action, null, null);
    }

    @Override
    public LvbParams toParams() {
        return LvbParams.builder().s("channel_id", streamId).n("status", action.code()).s("path", path)
                .s("domain", domain).build();
    }
}
