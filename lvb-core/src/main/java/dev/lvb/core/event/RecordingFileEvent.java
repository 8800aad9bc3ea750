package dev.lvb.core.event;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

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
 * @param mediaStartTime undocumented, present in real payloads
 * @param taskId the recording task, for task-created recordings (undocumented; unsigned 64-bit, kept as digits)
 */
public record RecordingFileEvent(
        @JsonbProperty("appid") @JsonbTypeDeserializer(Lenient.LongValue.class) Long appId,
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("video_id") @JsonbTypeDeserializer(Lenient.Text.class) String videoId,
        @JsonbProperty("video_url") String videoUrl,
        @JsonbProperty("file_size") @JsonbTypeDeserializer(Lenient.LongValue.class) Long fileSize,
        @JsonbProperty("start_time") @JsonbTypeDeserializer(Lenient.LongValue.class) Long startTime,
        @JsonbProperty("end_time") @JsonbTypeDeserializer(Lenient.LongValue.class) Long endTime,
        @JsonbProperty("file_id") @JsonbTypeDeserializer(Lenient.Text.class) String fileId,
        @JsonbProperty("file_format") String fileFormat,
        @JsonbProperty("vod2Flag") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer vod2Flag,
        @JsonbProperty("record_file_id") @JsonbTypeDeserializer(Lenient.Text.class) String recordFileId,
        @JsonbProperty("duration") @JsonbTypeDeserializer(Lenient.LongValue.class) Long duration,
        @JsonbProperty("stream_param") String streamParam,
        @JsonbProperty("media_start_time") @JsonbTypeDeserializer(Lenient.LongValue.class) Long mediaStartTime,
        @JsonbProperty("task_id") @JsonbTypeDeserializer(Lenient.Text.class) String taskId) implements LvbEvent {

    /** LVB's {@code event_type} of this event. */
    public static final int EVENT_TYPE = 100;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
