package dev.lvb.core.model;

import java.time.Instant;

/**
 * Parameters of channel_manager: stop a push now and refuse pushes until a time ({@code forbid}), or lift that
 * ({@code resume}).
 *
 * @param streamId the stream
 * @param action {@link Action#FORBID} or {@link Action#RESUME}
 * @param until {@code Param.n.abstime_end}: when pushing becomes possible again (LVB caps it at 3 months ahead);
 *        LVB requires it for both actions
 */
public record ChannelManagerRequest(String streamId, Action action, Instant until) implements LvbRequest {

    /** {@code Param.s.action}. */
    public enum Action {
        /** Stop the push now and refuse pushes until the end time. */
        FORBID,
        /** Allow pushes again. */
        RESUME;

        /** @return the wire value, lowercase as in the Chinese documentation and every client */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param streamId the stream
     * @param action {@link Action#FORBID} or {@link Action#RESUME}
     * @param until {@code Param.n.abstime_end}: when pushing becomes possible again (LVB caps it at 3 months ahead);
     *         LVB requires it for both actions
     */
    public ChannelManagerRequest {
        until = Checks.wholeSeconds(until);
        Checks.id("Param.s.channel_id", streamId);
        Checks.required("Param.s.action", action);
        Checks.required("Param.n.abstime_end", until);
        Checks.check(until.getEpochSecond() > 0, "Param.n.abstime_end", "must be after 1970");
    }

    /**
     * @param streamId the stream
     * @param until {@code Param.n.abstime_end}: when pushing becomes possible again (LVB caps it at 3 months ahead);
     *         LVB requires it for both actions
     * @return stop the push now and refuse pushes until {@code until}
     */
    public static ChannelManagerRequest forbid(String streamId, Instant until) {
        return new ChannelManagerRequest(streamId, Action.FORBID, until);
    }

    /**
     * @param streamId the stream
     * @param now the time sent as {@code Param.n.abstime_end} (LVB requires one)
     * @return allow pushes again from {@code now}
     */
    public static ChannelManagerRequest resume(String streamId, Instant now) {
        return new ChannelManagerRequest(streamId, Action.RESUME, now);
    }
}
