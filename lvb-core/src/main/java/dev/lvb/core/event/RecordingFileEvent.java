package dev.lvb.core.event;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A recording file is ready (event_type 100).
 *
 * @param appId the LVB APPID
 * @param channelId equals {@code streamId} for live codes
 * @param streamId the stream
 * @param videoId the VOD video id
 * @param videoUrl the download URL
 * @param fileSize bytes (documented as a string, sent as a number)
 * @param startTime start, UNIX seconds (not second-accurate: files cut at I-frames)
 * @param endTime end, UNIX seconds
 * @param fileId the VOD file id
 * @param fileFormat {@code flv}, {@code hls}, {@code mp4} or {@code aac}
 * @param vod2Flag 1 when VOD 2.0 is enabled
 * @param recordFileId the VOD 2.0 file id
 * @param duration seconds
 * @param streamParam the push URL's query string
 * @param mediaStartTime the media timestamp the file starts at, ms (in today's documentation; earlier only seen)
 * @param recordBps the recording's bitrate (today's documentation)
 * @param startTimeUsec the microseconds part of {@code start_time} (today's documentation)
 * @param endTimeUsec the microseconds part of {@code end_time} (today's documentation)
 * @param taskId the recording task, for task-created recordings (undocumented; unsigned 64-bit, kept as digits)
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record RecordingFileEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("video_id") String videoId,
        @JsonbProperty("video_url") String videoUrl,
        @JsonbProperty("file_size") Long fileSize,
        @JsonbProperty("start_time") Long startTime,
        @JsonbProperty("end_time") Long endTime,
        @JsonbProperty("file_id") String fileId,
        @JsonbProperty("file_format") String fileFormat,
        @JsonbProperty("vod2Flag") Integer vod2Flag,
        @JsonbProperty("record_file_id") String recordFileId,
        @JsonbProperty("duration") Long duration,
        @JsonbProperty("stream_param") String streamParam,
        @JsonbProperty("media_start_time") Long mediaStartTime,
        @JsonbProperty("task_id") String taskId,
        @JsonbProperty("record_bps") Long recordBps,
        @JsonbProperty("start_time_usec") Long startTimeUsec,
        @JsonbProperty("end_time_usec") Long endTimeUsec,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param channelId equals {@code streamId} for live codes
     * @param streamId the stream
     * @param videoId the VOD video id
     * @param videoUrl the download URL
     * @param fileSize bytes (documented as a string, sent as a number)
     * @param startTime start, UNIX seconds (not second-accurate: files cut at I-frames)
     * @param endTime end, UNIX seconds
     * @param fileId the VOD file id
     * @param fileFormat {@code flv}, {@code hls}, {@code mp4} or {@code aac}
     * @param vod2Flag 1 when VOD 2.0 is enabled
     * @param recordFileId the VOD 2.0 file id
     * @param duration seconds
     * @param streamParam the push URL's query string
     * @param mediaStartTime the media timestamp the file starts at, ms (in today's documentation; earlier only seen)
     * @param taskId the recording task, for task-created recordings (undocumented; unsigned 64-bit, kept as digits)
     * @param recordBps the recording's bitrate (today's documentation)
     * @param startTimeUsec the microseconds part of {@code start_time} (today's documentation)
     * @param endTimeUsec the microseconds part of {@code end_time} (today's documentation)
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public RecordingFileEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param channelId equals {@code streamId} for live codes
     * @param streamId the stream
     * @param videoId the VOD video id
     * @param videoUrl the download URL
     * @param fileSize bytes (documented as a string, sent as a number)
     * @param startTime start, UNIX seconds (not second-accurate: files cut at I-frames)
     * @param endTime end, UNIX seconds
     * @param fileId the VOD file id
     * @param fileFormat {@code flv}, {@code hls}, {@code mp4} or {@code aac}
     * @param vod2Flag 1 when VOD 2.0 is enabled
     * @param recordFileId the VOD 2.0 file id
     * @param duration seconds
     * @param streamParam the push URL's query string
     * @param mediaStartTime the media timestamp the file starts at, ms (in today's documentation; earlier only seen)
     * @param taskId the recording task, for task-created recordings (undocumented; unsigned 64-bit, kept as digits)
     */
    public RecordingFileEvent(Long appId, String channelId, String streamId, String videoId, String videoUrl,
            Long fileSize, Long startTime, Long endTime, String fileId, String fileFormat, Integer vod2Flag,
            String recordFileId, Long duration, String streamParam, Long mediaStartTime, String taskId) {
        this(appId, channelId, streamId, videoId, videoUrl, fileSize, startTime, endTime, fileId, fileFormat,
                vod2Flag, recordFileId, duration, streamParam, mediaStartTime, taskId, null, null, null, null);
    }

    @Override
    public boolean equals(Object o) {
        return LvbRaw.equals(this, o);
    }

    @Override
    public int hashCode() {
        return LvbRaw.hashCode(this);
    }

    @Override
    public String toString() {
        return LvbRaw.toString(this);
    }


    /** LVB's {@code event_type} of this event. */
    public static final int EVENT_TYPE = 100;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
