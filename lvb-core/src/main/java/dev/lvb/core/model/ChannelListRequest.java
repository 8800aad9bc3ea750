package dev.lvb.core.model;

import dev.lvb.core.LvbWireOptions;

/**
 * Parameters of Live_Channel_GetChannelList.
 *
 * @param status only channels in this state, or {@code null} for all
 * @param pageNo page from 1, or {@code null}
 * @param pageSize 10-100, or {@code null} (10)
 * @param order order by creation time, or {@code null} for LVB's default; sent as
 *        {@code Param.s.order_field=create_time} and {@code Param.n.order_by_type} (name configurable, see
 *        {@link LvbWireOptions})
 */
public record ChannelListRequest(ChannelStatusFilter status, Integer pageNo, Integer pageSize, SortOrder order)
        implements LvbRequest {

    /** Smallest page of this API. */
    public static final int MIN_PAGE_SIZE = 10;
    /** Largest page of this API. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param status only channels in this state, or {@code null} for all
     * @param pageNo page from 1, or {@code null}
     * @param pageSize 10-100, or {@code null} (10)
     * @param order order by creation time, or {@code null} for LVB's default; sent as
     *         {@code Param.s.order_field=create_time} and {@code Param.n.order_by_type} (name configurable, see
     *         {@link LvbWireOptions})
     */
    public ChannelListRequest {
        Checks.range("Param.n.page_no", pageNo, 1, Integer.MAX_VALUE);
        Checks.range("Param.n.page_size", pageSize, MIN_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    /** @return every channel, LVB's default page */
    public static ChannelListRequest all() {
        return new ChannelListRequest(null, null, null, null);
    }

    /**
     * @param pageNo page from 1, or {@code null}
     * @param pageSize 10-100, or {@code null} (10)
     * @return a copy asking for one page
     */
    public ChannelListRequest page(int pageNo, int pageSize) {
        return new ChannelListRequest(status, pageNo, pageSize, order);
    }

    /**
     * @param filter the state
     * @return a copy restricted to one state
     */
    public ChannelListRequest withStatus(ChannelStatusFilter filter) {
        return new ChannelListRequest(filter, pageNo, pageSize, order);
    }

    /**
     * @param direction oldest or newest first
     * @return a copy ordered by creation time
     */
    public ChannelListRequest orderedByCreateTime(SortOrder direction) {
        return new ChannelListRequest(status, pageNo, pageSize, direction);
    }
}
