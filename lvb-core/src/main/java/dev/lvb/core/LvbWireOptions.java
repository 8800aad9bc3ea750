package dev.lvb.core;

import java.util.Objects;

/**
 * The wire details on which LVB's public sources disagree. The defaults follow the newest documentation; each can
 * be switched when an account turns out to expect the other form.
 *
 * @param fcgiAppIdParam the APPID parameter name on the fcgi host: {@code appid} (default, 2017+ docs) or
 *        {@code cmd} (2016 docs and several clients); the statcgi host always uses {@code cmd}
 * @param taskIdAsString send the recording task id as {@code Param.s.task_id} instead of {@code Param.n.task_id}
 *        (default {@code false}; the digits are the same either way, no precision is lost)
 * @param channelListOrderParam the sort-direction parameter of Live_Channel_GetChannelList: {@code order_by_type}
 *        (default, newer docs) or {@code order_type} (older English doc)
 * @param mixQueryInterface the query {@code interface} value of stream-mixing calls: {@code Mix_StreamV2}
 *        (default), {@code mix_streamv2.start_mix_stream_advanced} or {@code Mix_Stream}; the body names the
 *        operation either way
 */
public record LvbWireOptions(String fcgiAppIdParam, boolean taskIdAsString, String channelListOrderParam,
        String mixQueryInterface) {

    /** Canonical name of the task id parameter. */
    public static final String TASK_ID = "Param.n.task_id";
    /** Canonical name of the channel-list sort-direction parameter. */
    public static final String ORDER_BY_TYPE = "Param.n.order_by_type";

    /** The defaults proposed by the spec. */
    public static final LvbWireOptions DEFAULTS = new LvbWireOptions("appid", false, "order_by_type", "Mix_StreamV2");

    /**
     * Checks the options.
     *
     * @param fcgiAppIdParam {@code appid} or {@code cmd}
     * @param taskIdAsString whether the recording task id is sent as {@code Param.s.task_id}
     * @param channelListOrderParam {@code order_by_type} or {@code order_type}
     * @param mixQueryInterface the query {@code interface} value of stream-mixing calls, not blank
     * @throws IllegalArgumentException when a parameter name is not one LVB accepts, or the mixing value is blank
     */
    public LvbWireOptions {
        Objects.requireNonNull(fcgiAppIdParam, "fcgiAppIdParam");
        Objects.requireNonNull(channelListOrderParam, "channelListOrderParam");
        Objects.requireNonNull(mixQueryInterface, "mixQueryInterface");
        if (!fcgiAppIdParam.equals("appid") && !fcgiAppIdParam.equals("cmd")) {
            throw new IllegalArgumentException("fcgi app id parameter must be 'appid' or 'cmd', got '" + fcgiAppIdParam
                    + "'");
        }
        if (!channelListOrderParam.equals("order_by_type") && !channelListOrderParam.equals("order_type")) {
            throw new IllegalArgumentException(
                    "channel list order parameter must be 'order_by_type' or 'order_type', got '" + channelListOrderParam
                            + "'");
        }
        if (mixQueryInterface.isBlank()) {
            throw new IllegalArgumentException("mixing query interface value must not be blank");
        }
    }

    /**
     * @param host the host a call goes to
     * @return the name of the APPID parameter on that host
     */
    public String appIdParam(LvbHost host) {
        return host == LvbHost.STATCGI ? LvbHost.STATCGI.appIdParam() : fcgiAppIdParam;
    }

    /**
     * Maps a canonical parameter name (as the request models write it) to the name this account expects.
     *
     * @param canonical e.g. {@code Param.n.task_id}
     * @return the name to send
     */
    public String wireName(String canonical) {
        if (taskIdAsString && TASK_ID.equals(canonical)) {
            return "Param.s.task_id";
        }
        if (ORDER_BY_TYPE.equals(canonical)) {
            return "Param.n." + channelListOrderParam;
        }
        return canonical;
    }

    /**
     * @param lvbInterface the API being called
     * @return the query {@code interface} value to send
     */
    public String queryInterface(LvbInterface lvbInterface) {
        return lvbInterface.isMixing() ? mixQueryInterface : lvbInterface.wireName();
    }
}
