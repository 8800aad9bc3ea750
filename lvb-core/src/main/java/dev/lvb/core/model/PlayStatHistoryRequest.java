package dev.lvb.core.model;

import java.time.Instant;

/**
 * Parameters of Get_LivePlayStatHistory. LVB keeps 15 days of data and recommends spans of at most 2 hours.
 *
 * @param startTime start of the range (sent as UNIX seconds)
 * @param endTime end of the range, after {@code startTime}
 * @param streamId one stream, or {@code null} for the account's totals
 * @param domain the original playback domain (before CNAME), or {@code null}
 */
public record PlayStatHistoryRequest(Instant startTime, Instant endTime, String streamId, String domain)
        implements LvbRequest {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param startTime start of the range (sent as UNIX seconds)
     * @param endTime end of the range, after {@code startTime}
     * @param streamId one stream, or {@code null} for the account's totals
     * @param domain the original playback domain (before CNAME), or {@code null}
     */
    public PlayStatHistoryRequest {
        startTime = Checks.wholeSeconds(startTime);
        endTime = Checks.wholeSeconds(endTime);
        Checks.required("Param.n.start_time", startTime);
        Checks.required("Param.n.end_time", endTime);
        Checks.check(endTime.isAfter(startTime), "Param.n.end_time", "must be after start_time");
        Checks.optionalId("Param.s.stream_id", streamId);
        Checks.optionalId("Param.s.domain", domain);
    }
}
