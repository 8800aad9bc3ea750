package dev.lvb.core;

import java.util.Optional;

/**
 * Every legacy LVB API this library speaks, with its {@code interface} value, its host and whether repeating it
 * is harmless.
 */
public enum LvbInterface {
    /** Statistics of the streams being pushed now. */
    GET_LIVE_STAT("Get_LiveStat", LvbHost.STATCGI, true),
    /** Push-side statistics (bit rate, frame rate) of the streams being pushed now. */
    GET_LIVE_PUSH_STAT("Get_LivePushStat", LvbHost.STATCGI, true),
    /** Playback statistics (bandwidth, viewers) of the live streams. */
    GET_LIVE_PLAY_STAT("Get_LivePlayStat", LvbHost.STATCGI, true),
    /** Push statistics of one stream over a past window. */
    GET_LIVE_PUSH_STAT_HISTORY("Get_LivePushStatHistory", LvbHost.STATCGI, true),
    /** Playback statistics over a past window. */
    GET_LIVE_PLAY_STAT_HISTORY("Get_LivePlayStatHistory", LvbHost.STATCGI, true),
    /** The push state of a stream. */
    CHANNEL_GET_STATUS("Live_Channel_GetStatus", LvbHost.FCGI, true),
    /** Bans, allows or drops a stream's push. */
    CHANNEL_SET_STATUS("Live_Channel_SetStatus", LvbHost.FCGI, true),
    /** The recording files of a stream. */
    TAPE_GET_FILELIST("Live_Tape_GetFilelist", LvbHost.FCGI, true),
    /** Not repeatable: each call dequeues the screenshots it returns. */
    QUEUE_GET("Live_Queue_Get", LvbHost.FCGI, false),
    /** Lists the streams (channels), optionally by state. */
    CHANNEL_GET_CHANNEL_LIST("Live_Channel_GetChannelList", LvbHost.FCGI, true),
    /** Lists the streams being pushed now. */
    CHANNEL_GET_LIVE_CHANNEL_LIST("Live_Channel_GetLiveChannelList", LvbHost.FCGI, true),
    /** POST with a JSON body; the query {@code interface} value is configurable (see {@link LvbWireOptions}). */
    MIX_START("mix_streamv2.start_mix_stream_advanced", LvbHost.FCGI, false),
    /** POST with a JSON body, like {@link #MIX_START}. */
    MIX_CANCEL("mix_streamv2.cancel_mix_stream", LvbHost.FCGI, false),
    /** Forbids pushing a stream until a time, or lifts that. */
    CHANNEL_MANAGER("channel_manager", LvbHost.FCGI, true),
    /** Not repeatable: a retry after a timeout creates a second recording task. */
    TAPE_START("Live_Tape_Start", LvbHost.FCGI, false),
    /** Stops a recording task. */
    TAPE_STOP("Live_Tape_Stop", LvbHost.FCGI, true);

    private final String wireName;
    private final LvbHost host;
    private final boolean retrySafe;

    LvbInterface(String wireName, LvbHost host, boolean retrySafe) {
        this.wireName = wireName;
        this.host = host;
        this.retrySafe = retrySafe;
    }

    /** @return the {@code interface} value on the wire (for mixing: the operation in the body) */
    public String wireName() {
        return wireName;
    }

    /** @return the host that serves it */
    public LvbHost host() {
        return host;
    }

    /** @return whether the call is a POST with a JSON body (cloud stream mixing) */
    public boolean isMixing() {
        return this == MIX_START || this == MIX_CANCEL;
    }

    /**
     * @return whether sending the call twice does no harm, so a fault-tolerance policy may retry it;
     *         {@code false} for recording start, mixing and the (consuming) screenshot queue
     */
    public boolean retrySafe() {
        return retrySafe;
    }

    /**
     * @param wireName an {@code interface} value as it appears on the wire
     * @return the API it names
     */
    public static Optional<LvbInterface> fromWireName(String wireName) {
        for (LvbInterface i : values()) {
            if (i.wireName.equals(wireName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
