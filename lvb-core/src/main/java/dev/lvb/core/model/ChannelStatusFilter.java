package dev.lvb.core.model;

/** The {@code Param.n.status} filter of Live_Channel_GetChannelList (not the same enum as a channel's status). */
public enum ChannelStatusFilter {
    /** 0: no push at the moment. */
    INTERRUPTED(0),
    /** 1: being pushed. */
    ON(1),
    /** 3: disabled. */
    OFF(3);

    private final int code;

    ChannelStatusFilter(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }
}
