package dev.lvb.core.cloud;

import java.util.Optional;

/**
 * The Cloud API 3.0 ({@code live}, version {@code 2018-08-01}) actions this library speaks, with whether repeating
 * one is harmless. The library never retries; {@link #retrySafe()} tells an application's fault-tolerance policy
 * which calls it may repeat.
 */
public enum LvbCloudAction {
    DESCRIBE_LIVE_STREAM_STATE("DescribeLiveStreamState", true),
    DESCRIBE_LIVE_FORBID_STREAM_LIST("DescribeLiveForbidStreamList", true),
    /** Idempotent: forbidding a forbidden stream again only moves its ResumeTime. */
    FORBID_LIVE_STREAM("ForbidLiveStream", true),
    RESUME_LIVE_STREAM("ResumeLiveStream", true),
    DROP_LIVE_STREAM("DropLiveStream", true),
    DESCRIBE_LIVE_STREAM_ONLINE_LIST("DescribeLiveStreamOnlineList", true),
    DESCRIBE_LIVE_STREAM_PUBLISHED_LIST("DescribeLiveStreamPublishedList", true),
    DESCRIBE_LIVE_STREAM_PUSH_INFO_LIST("DescribeLiveStreamPushInfoList", true),
    DESCRIBE_STREAM_PLAY_INFO_LIST("DescribeStreamPlayInfoList", true),
    DESCRIBE_STREAM_PUSH_INFO_LIST("DescribeStreamPushInfoList", true),
    /** Not repeatable: a retry after a timeout creates a second recording task. */
    CREATE_RECORD_TASK("CreateRecordTask", false),
    STOP_RECORD_TASK("StopRecordTask", true),
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
