package dev.lvb.simulator;

import java.time.Instant;

/**
 * A snapshot of one stream the simulator knows (it was pushed, or its status was set).
 *
 * @param streamId the stream id (LVB's "channel id" in live-code mode)
 * @param status what Live_Channel_GetStatus would say about it
 * @param pushSequence the live push session's {@code sequence}, {@code null} when not live
 * @param pushStartedAt when the live push began, {@code null} when not live
 * @param disabledUntil when a ban ({@link Status#DISABLED}) or a forbid ({@link Status#FORBIDDEN}) ends,
 *        {@code null} when pushing is allowed
 * @param channelCreatedAt when the first push created the channel, {@code null} when never pushed
 * @param pushCount how many pushes have started
 * @param viewers synthetic viewers of the live push, {@code null} when not live
 * @param fps synthetic frame rate of the live push, {@code null} when not live
 * @param speedBps synthetic push bit rate in bps, {@code null} when not live
 * @param bandwidthMbps synthetic playback bandwidth in Mbps ({@code viewers * speed}), {@code null} when not live
 */
public record StreamView(String streamId, Status status, String pushSequence, Instant pushStartedAt,
        Instant disabledUntil, Instant channelCreatedAt, int pushCount, Integer viewers, Integer fps, Long speedBps,
        Double bandwidthMbps) {

    /** The simulator's state of a stream. */
    public enum Status {
        /** Not pushing, pushing allowed (Live_Channel_GetStatus status 0). */
        IDLE(0),
        /** A push is live (status 1). */
        LIVE(1),
        /** Disabled by Live_Channel_SetStatus status 0 (status 3). */
        DISABLED(3),
        /** Forbidden by channel_manager until {@link StreamView#disabledUntil()} (status 3). */
        FORBIDDEN(3);

        private final int lvbStatus;

        Status(int lvbStatus) {
            this.lvbStatus = lvbStatus;
        }

        /** @return the {@code status} value Live_Channel_GetStatus reports */
        public int lvbStatus() {
            return lvbStatus;
        }
    }

    /** @return whether a push is live */
    public boolean isLive() {
        return status == Status.LIVE;
    }
}
