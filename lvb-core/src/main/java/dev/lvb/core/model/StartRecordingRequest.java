package dev.lvb.core.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Parameters of Live_Tape_Start (create a recording task). Not idempotent: a retry after a timeout creates a
 * second task.
 *
 * @param streamId the stream
 * @param mode scheduled (default) or real-time
 * @param startTime scheduled recordings: the start, required; ignored (not sent, and {@code null} in the record) for
 *        real-time recordings
 * @param endTime the end, required; scheduled: at most one day after the start; real-time: at most 30 minutes
 *        ahead (LVB enforces that)
 * @param format file format, or {@code null} (flv)
 * @param recordType video (default) or audio
 * @param path push path, for multi-path accounts, or {@code null}
 * @param domain push domain, for multi-domain accounts, or {@code null}
 * @param mixStream record the output of a stream mix ({@code Param.s.mix_stream=1}), or {@code null}
 *        ({@code false} is kept as {@code null}: nothing is sent either way)
 */
public record StartRecordingRequest(String streamId, RecordingMode mode, Instant startTime, Instant endTime,
        RecordingFormat format, RecordType recordType, String path, String domain, Boolean mixStream)
        implements LvbRequest {

    /** Longest scheduled recording. */
    public static final Duration MAX_SCHEDULED = Duration.ofDays(1);

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param streamId the stream
     * @param mode scheduled (default) or real-time
     * @param startTime scheduled recordings: the start, required; ignored (not sent, and {@code null} in the record)
     *         for
     *         real-time recordings
     * @param endTime the end, required; scheduled: at most one day after the start; real-time: at most 30 minutes
     *         ahead (LVB enforces that)
     * @param format file format, or {@code null} (flv)
     * @param recordType video (default) or audio
     * @param path push path, for multi-path accounts, or {@code null}
     * @param domain push domain, for multi-domain accounts, or {@code null}
     * @param mixStream record the output of a stream mix ({@code Param.s.mix_stream=1}), or {@code null}
     *         ({@code false} is kept as {@code null}: nothing is sent either way)
     */
    public StartRecordingRequest {
        endTime = Checks.wholeSeconds(endTime);
        // A real-time recording starts now: its start time is never sent, so it is not kept either.
        startTime = mode == RecordingMode.REALTIME ? null : Checks.wholeSeconds(startTime);
        // Only mix_stream=1 is sent; "false" and "absent" are the same request.
        mixStream = Boolean.TRUE.equals(mixStream) ? Boolean.TRUE : null;
        Checks.id("Param.s.channel_id", streamId);
        Checks.required("Param.s.end_time", endTime);
        if (mode != RecordingMode.REALTIME) {
            Checks.required("Param.s.start_time", startTime);
            Checks.check(endTime.isAfter(startTime), "Param.s.end_time", "must be after start_time");
            Checks.check(!endTime.isAfter(startTime.plus(MAX_SCHEDULED)), "Param.s.end_time",
                    "a scheduled recording may last at most one day");
        }
        if (recordType != RecordType.AUDIO && format == RecordingFormat.AAC) {
            throw new dev.lvb.core.error.LvbValidationException("Param.s.file_format",
                    "aac needs record_type audio");
        }
        Checks.optionalId("Param.s.path", path);
        Checks.optionalId("Param.s.domain", domain);
    }

    /**
     * @param streamId the stream
     * @param start the start
     * @param end the end, at most one day after the start
     * @return a scheduled recording of a window
     */
    public static StartRecordingRequest scheduled(String streamId, Instant start, Instant end) {
        return new StartRecordingRequest(streamId, RecordingMode.SCHEDULED, start, end, null, null, null, null, null);
    }

    /**
     * @param streamId the stream
     * @param end the end, at most 30 minutes ahead
     * @return a real-time recording from now until {@code end}
     */
    public static StartRecordingRequest realtime(String streamId, Instant end) {
        return new StartRecordingRequest(streamId, RecordingMode.REALTIME, null, end, null, null, null, null, null);
    }

    /**
     * @param fileFormat the file format
     * @param type video or audio
     * @return a copy with a file format and record type
     */
    public StartRecordingRequest as(RecordingFormat fileFormat, RecordType type) {
        return new StartRecordingRequest(streamId, mode, startTime, endTime, fileFormat, type, path, domain, mixStream);
    }
}
