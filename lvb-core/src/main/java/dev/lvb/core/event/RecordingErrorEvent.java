package dev.lvb.core.event;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A recording ran into an error (event_type 341, doc 267/117052); which levels are reported is set in the callback
 * template ({@code RecordExceptionLevels}).
 *
 * @param appId the LVB APPID
 * @param domain the push domain
 * @param path the push path (AppName)
 * @param streamId the stream
 * @param sessionId the recording session
 * @param fileFormat the recording's format
 * @param exceptionLevel the severity
 * @param exception what went wrong
 * @param timestamp when, UNIX time
 * @param taskId the recording task, for task-created recordings
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record RecordingErrorEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("path") String path,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("session_id") String sessionId,
        @JsonbProperty("file_format") String fileFormat,
        @JsonbProperty("exception_level") String exceptionLevel,
        @JsonbProperty("exception") Failure exception,
        @JsonbProperty("timestamp") Long timestamp,
        @JsonbProperty("task_id") String taskId,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param streamId the stream
     * @param sessionId the recording session
     * @param fileFormat the recording's format
     * @param exceptionLevel the severity
     * @param exception what went wrong
     * @param timestamp when, UNIX time
     * @param taskId the recording task, for task-created recordings
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public RecordingErrorEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param streamId the stream
     * @param sessionId the recording session
     * @param fileFormat the recording's format
     * @param exceptionLevel the severity
     * @param exception what went wrong
     * @param timestamp when, UNIX time
     * @param taskId the recording task, for task-created recordings
     */
    public RecordingErrorEvent(Long appId, String domain, String path, String streamId, String sessionId,
            String fileFormat, String exceptionLevel, Failure exception, Long timestamp, String taskId) {
        this(appId, domain, path, streamId, sessionId, fileFormat, exceptionLevel, exception, timestamp, taskId,
                null);
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
    public static final int EVENT_TYPE = 341;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }

    /**
     * {@code exception} of a recording error.
     *
     * @param type the kind of error
     * @param occurs when it occurred (or how often, as LVB sends it)
     * @param desc a description
     */
    public record Failure(
            @JsonbProperty("type") String type,
            @JsonbProperty("occurs") String occurs,
            @JsonbProperty("desc") String desc) {
    }
}
