package dev.lvb.core.event;

import java.util.Optional;

import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * A recording task changed state (event_type 332, doc 267/58590). {@code record_detail} arrives as JSON
 * <em>text</em>; {@link #detail()} decodes it.
 *
 * @param appId the LVB APPID
 * @param appName the push path
 * @param domain the push domain
 * @param eventTime when, UNIX seconds
 * @param recordDetail details as sent: a JSON object in a string
 * @param recordEvent {@code record_start_succeeded}, {@code record_start_failed}, {@code record_paused},
 *        {@code record_resumed}, {@code record_error} or {@code record_ended}
 * @param seq message sequence number
 * @param sessionId the recording session
 * @param streamId the stream
 * @param taskId the recording task, for task-created recordings (kept as digits)
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record RecordingStatusEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("appname") String appName,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("event_time") Long eventTime,
        @JsonbProperty("record_detail") @JsonbTypeDeserializer(LvbLenient.JsonText.class) String recordDetail,
        @JsonbProperty("record_event") String recordEvent,
        @JsonbProperty("seq") String seq,
        @JsonbProperty("session_id") String sessionId,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("task_id") String taskId,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param appName the push path
     * @param domain the push domain
     * @param eventTime when, UNIX seconds
     * @param recordDetail details as sent: a JSON object in a string
     * @param recordEvent {@code record_start_succeeded}, {@code record_start_failed}, {@code record_paused},
     *         {@code record_resumed}, {@code record_error} or {@code record_ended}
     * @param seq message sequence number
     * @param sessionId the recording session
     * @param streamId the stream
     * @param taskId the recording task, for task-created recordings (kept as digits)
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public RecordingStatusEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param appName the push path
     * @param domain the push domain
     * @param eventTime when, UNIX seconds
     * @param recordDetail details as sent: a JSON object in a string
     * @param recordEvent {@code record_start_succeeded}, {@code record_start_failed}, {@code record_paused},
     *         {@code record_resumed}, {@code record_error} or {@code record_ended}
     * @param seq message sequence number
     * @param sessionId the recording session
     * @param streamId the stream
     * @param taskId the recording task, for task-created recordings (kept as digits)
     */
    public RecordingStatusEvent(Long appId, String appName, String domain, Long eventTime, String recordDetail,
            String recordEvent, String seq, String sessionId, String streamId, String taskId) {
        this(appId, appName, domain, eventTime, recordDetail, recordEvent, seq, sessionId, streamId, taskId, null);
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
    public static final int EVENT_TYPE = 332;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }

    /** @return {@code record_detail} decoded, empty when absent or not a JSON object */
    public Optional<Detail> detail() {
        return LvbLenient.jsonIn(recordDetail, Detail.class);
    }

    /**
     * {@code record_detail} of a recording status event.
     *
     * @param fileFormat 1 FLV, 2 HLS, 3 MP4, 4 AAC, 5 MP3
     * @param recordBps bitrate
     * @param startModel how the task started: 1 a recording template's rule, 5 an API call
     * @param recordContent 1 original stream, 2 watermarked stream, 3 transcoded stream
     * @param sourceType 1 live recording, 2 relay recording
     * @param codecTempId the transcoding template
     */
    public record Detail(
            @JsonbProperty("file_format") Integer fileFormat,
            @JsonbProperty("record_bps") Long recordBps,
            @JsonbProperty("start_model") Integer startModel,
            @JsonbProperty("record_content") Integer recordContent,
            @JsonbProperty("source_type") Integer sourceType,
            @JsonbProperty("codec_temp_id") String codecTempId) {
    }
}
