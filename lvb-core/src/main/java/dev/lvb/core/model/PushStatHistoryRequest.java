package dev.lvb.core.model;

import java.time.Instant;

/**
 * Parameters of Get_LivePushStatHistory. LVB keeps 3 days of data and recommends spans of at most 2 hours.
 *
 * @param startTime start of the range (sent as UNIX seconds)
 * @param endTime end of the range, after {@code startTime}
 * @param streamId the stream
 */
public record PushStatHistoryRequest(Instant startTime, Instant endTime, String streamId) implements LvbRequest {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param startTime start of the range (sent as UNIX seconds)
     * @param endTime end of the range, after {@code startTime}
     * @param streamId the stream
     */
    public PushStatHistoryRequest {
        startTime = Checks.wholeSeconds(startTime);
        endTime = Checks.wholeSeconds(endTime);
        Checks.required("Param.n.start_time", startTime);
        Checks.required("Param.n.end_time", endTime);
        Checks.check(endTime.isAfter(startTime), "Param.n.end_time", "must be after start_time");
        Checks.id("Param.s.stream_id", streamId);
    }
}
