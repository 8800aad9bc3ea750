package dev.lvb.core.model;

import dev.lvb.core.internal.Checks;
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

    /** @return the request these parameters describe */
    public static SetStatusRequest fromParams(LvbParams p) {
        Integer status = p.intOrNull("status");
        StreamAction action;
        try {
            action = status == null ? null : StreamAction.of(status);
        } catch (IllegalArgumentException e) {
            throw new dev.lvb.core.error.LvbValidationException("Param.n.status", "must be 0, 1 or 2, got " + status);
        }
        return new SetStatusRequest(p.textOrNull("channel_id"), action, p.textOrNull("path"), p.textOrNull("domain"));
    }
}
