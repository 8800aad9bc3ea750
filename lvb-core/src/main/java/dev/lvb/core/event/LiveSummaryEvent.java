package dev.lvb.core.event;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A summary of a live session is ready (event_type 348, intl doc 267/74671). Only the common fields are typed; the summary itself is in {@link #raw()}.
 *
 * @param appId the LVB APPID
 * @param domain the push domain
 * @param path the push path (AppName)
 * @param streamId the stream
 * @param eventTime when, UNIX time as LVB sends it
 * @param taskId the task, when one produced it
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record LiveSummaryEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("path") String path,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("event_time") Long eventTime,
        @JsonbProperty("task_id") String taskId,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param streamId the stream
     * @param eventTime when, UNIX time as LVB sends it
     * @param taskId the task, when one produced it
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public LiveSummaryEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param streamId the stream
     * @param eventTime when, UNIX time as LVB sends it
     * @param taskId the task, when one produced it
     */
    public LiveSummaryEvent(Long appId, String domain, String path, String streamId, Long eventTime, String taskId) {
        this(appId, domain, path, streamId, eventTime, taskId, null);
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
    public static final int EVENT_TYPE = 348;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
