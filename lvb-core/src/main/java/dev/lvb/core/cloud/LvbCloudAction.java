package dev.lvb.core.cloud;

import java.util.Optional;

/**
 * The Cloud API 3.0 ({@code live}, version {@code 2018-08-01}) actions this library speaks, with whether repeating
 * one is harmless. The library never retries; {@link #retrySafe()} tells an application's fault-tolerance policy
 * which calls it may repeat.
 */
public enum LvbCloudAction {
    /** The state of a stream: active, inactive or forbidden. */
    DESCRIBE_LIVE_STREAM_STATE("DescribeLiveStreamState", true),
    /** The forbidden streams. */
    DESCRIBE_LIVE_FORBID_STREAM_LIST("DescribeLiveForbidStreamList", true),
    /** Idempotent: forbidding a forbidden stream again only moves its ResumeTime. */
    FORBID_LIVE_STREAM("ForbidLiveStream", true),
    /** Lifts a stream's ban. */
    RESUME_LIVE_STREAM("ResumeLiveStream", true),
    /** Disconnects a stream's current push; the pusher may reconnect. */
    DROP_LIVE_STREAM("DropLiveStream", true),
    /** The streams being pushed now. */
    DESCRIBE_LIVE_STREAM_ONLINE_LIST("DescribeLiveStreamOnlineList", true),
    /** The streams pushed over a past window. */
    DESCRIBE_LIVE_STREAM_PUBLISHED_LIST("DescribeLiveStreamPublishedList", true),
    /** Push quality (bit rate, frame rate) of the streams being pushed now. */
    DESCRIBE_LIVE_STREAM_PUSH_INFO_LIST("DescribeLiveStreamPushInfoList", true),
    /** Playback statistics of a stream or domain over a window. */
    DESCRIBE_STREAM_PLAY_INFO_LIST("DescribeStreamPlayInfoList", true),
    /** Push quality of one stream over a window. */
    DESCRIBE_STREAM_PUSH_INFO_LIST("DescribeStreamPushInfoList", true),
    /** Not repeatable: a retry after a timeout creates a second recording task. */
    CREATE_RECORD_TASK("CreateRecordTask", false),
    /** Stops a recording task. */
    STOP_RECORD_TASK("StopRecordTask", true),
    /** Lists recording tasks. */
    DESCRIBE_RECORD_TASK("DescribeRecordTask", true),
    /** Not repeatable blindly: a retry can restart or disturb the mixing session. */
    CREATE_COMMON_MIX_STREAM("CreateCommonMixStream", false),
    /** Not repeatable blindly, like the legacy mixing cancel. */
    CANCEL_COMMON_MIX_STREAM("CancelCommonMixStream", false);

    private final String wireName;
    private final boolean retrySafe;

    LvbCloudAction(String wireName, boolean retrySafe) {
        this.wireName = wireName;
        this.retrySafe = retrySafe;
    }

    /** @return the {@code X-TC-Action} value */
    public String wireName() {
        return wireName;
    }

    /** @return whether sending the call twice does no harm */
    public boolean retrySafe() {
        return retrySafe;
    }

    /**
     * @param wireName an {@code X-TC-Action} value
     * @return the action it names
     */
    public static Optional<LvbCloudAction> fromWireName(String wireName) {
        for (LvbCloudAction a : values()) {
            if (a.wireName.equals(wireName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
