package dev.lvb.core.model;

import java.time.Instant;

import dev.lvb.core.LvbTime;

/**
 * Parameters of Live_Tape_GetFilelist (recording files of a stream). LVB calls this API slow and low-rate: prefer
 * recording-file notifications.
 *
 * @param streamId the stream
 * @param pageNo page from 1, or {@code null} (1)
 * @param pageSize 1-100, or {@code null} (10)
 * @param sort order, or {@code null} (ascending)
 * @param startTime start of the window, or {@code null}; sent as CST text
 * @param endTime end of the window, or {@code null}; must lie on the same CST day as {@code startTime}
 */
public record RecordingFilesRequest(String streamId, Integer pageNo, Integer pageSize, SortOrder sort,
        Instant startTime, Instant endTime) implements LvbRequest {

    /** Largest page of this API. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param streamId the stream
     * @param pageNo page from 1, or {@code null} (1)
     * @param pageSize 1-100, or {@code null} (10)
     * @param sort order, or {@code null} (ascending)
     * @param startTime start of the window, or {@code null}; sent as CST text
     * @param endTime end of the window, or {@code null}; must lie on the same CST day as {@code startTime}
     */
    public RecordingFilesRequest {
        startTime = Checks.wholeSeconds(startTime);
        endTime = Checks.wholeSeconds(endTime);
        Checks.id("Param.s.channel_id", streamId);
        Checks.range("Param.n.page_no", pageNo, 1, Integer.MAX_VALUE);
        Checks.range("Param.n.page_size", pageSize, 1, MAX_PAGE_SIZE);
        if (startTime != null && endTime != null) {
            Checks.check(!endTime.isBefore(startTime), "Param.s.end_time", "must not be before start_time");
            Checks.check(LvbTime.cstDate(startTime).equals(LvbTime.cstDate(endTime)), "Param.s.end_time",
                    "the window must not cross a day in China Standard Time (" + LvbTime.format(startTime) + " to "
                            + LvbTime.format(endTime) + ")");
        }
    }

    /**
     * @param streamId the stream
     * @return the first page of a stream's files
     */
    public static RecordingFilesRequest of(String streamId) {
        return new RecordingFilesRequest(streamId, null, null, null, null, null);
    }

    /**
     * @param pageNo page from 1, or {@code null} (1)
     * @param pageSize 1-100, or {@code null} (10)
     * @return a copy asking for one page
     */
    public RecordingFilesRequest page(int pageNo, int pageSize) {
        return new RecordingFilesRequest(streamId, pageNo, pageSize, sort, startTime, endTime);
    }

    /**
     * @param start start of the window
     * @param end end of the window, on the same CST day
     * @return a copy restricted to a window within one CST day
     */
    public RecordingFilesRequest between(Instant start, Instant end) {
        return new RecordingFilesRequest(streamId, pageNo, pageSize, sort, start, end);
    }

    /**
     * @param order the order
     * @return a copy with a sort order
     */
    public RecordingFilesRequest sorted(SortOrder order) {
        return new RecordingFilesRequest(streamId, pageNo, pageSize, order, startTime, endTime);
    }
}
