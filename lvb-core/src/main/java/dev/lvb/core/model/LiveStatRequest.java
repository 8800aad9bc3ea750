package dev.lvb.core.model;

/**
 * Parameters of Get_LiveStat, Get_LivePushStat and Get_LivePlayStat (statistics of live streams).
 *
 * @param pageNo page number from 1, or {@code null} for LVB's default (1)
 * @param pageSize 1-300, or {@code null} for LVB's default (300)
 * @param streamId one stream, or {@code null} for all live streams
 * @param pullDomain a playback domain, or {@code null} for all
 * @param pushDomain a push domain, or {@code null} for all (newer documentation only)
 */
public record LiveStatRequest(Integer pageNo, Integer pageSize, String streamId, String pullDomain,
        String pushDomain) implements LvbRequest {

    /** Largest page LVB serves for the statistics APIs. */
    public static final int MAX_PAGE_SIZE = 300;

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param pageNo page number from 1, or {@code null} for LVB's default (1)
     * @param pageSize 1-300, or {@code null} for LVB's default (300)
     * @param streamId one stream, or {@code null} for all live streams
     * @param pullDomain a playback domain, or {@code null} for all
     * @param pushDomain a push domain, or {@code null} for all (newer documentation only)
     */
    public LiveStatRequest {
        Checks.range("Param.n.page_no", pageNo, 1, Integer.MAX_VALUE);
        Checks.range("Param.n.page_size", pageSize, 1, MAX_PAGE_SIZE);
        Checks.optionalId("Param.s.stream_id", streamId);
        Checks.optionalId("Param.s.pull_domain", pullDomain);
        Checks.optionalId("Param.s.push_domain", pushDomain);
    }

    /** @return all live streams, first page of LVB's default size */
    public static LiveStatRequest all() {
        return new LiveStatRequest(null, null, null, null, null);
    }

    /**
     * @param streamId one stream, or {@code null} for all live streams
     * @return statistics of one stream
     */
    public static LiveStatRequest ofStream(String streamId) {
        return new LiveStatRequest(null, null, Checks.id("Param.s.stream_id", streamId), null, null);
    }

    /**
     * @param pageNo page number from 1, or {@code null} for LVB's default (1)
     * @param pageSize 1-300, or {@code null} for LVB's default (300)
     * @return a copy asking for one page
     */
    public LiveStatRequest page(int pageNo, int pageSize) {
        return new LiveStatRequest(pageNo, pageSize, streamId, pullDomain, pushDomain);
    }

    /**
     * @param domain the playback domain
     * @return a copy restricted to a playback domain
     */
    public LiveStatRequest withPullDomain(String domain) {
        return new LiveStatRequest(pageNo, pageSize, streamId, domain, pushDomain);
    }

    /**
     * @param domain the push domain
     * @return a copy restricted to a push domain
     */
    public LiveStatRequest withPushDomain(String domain) {
        return new LiveStatRequest(pageNo, pageSize, streamId, pullDomain, domain);
    }
}
