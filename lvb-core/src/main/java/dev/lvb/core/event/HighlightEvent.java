package dev.lvb.core.event;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * Highlight clips of a stream are ready (event_type 349, intl doc 267/74672).
 *
 * @param appId the LVB APPID
 * @param domain the push domain
 * @param path the push path (AppName)
 * @param streamId the stream
 * @param eventTime when, UNIX time as LVB sends it
 * @param taskId the task, when one produced it
 * @param items the clips, each as LVB sends it
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record HighlightEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("path") String path,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("event_time") Long eventTime,
        @JsonbProperty("task_id") String taskId,
        @JsonbProperty("items") List<JsonObject> items,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param streamId the stream
     * @param eventTime when, UNIX time as LVB sends it
     * @param taskId the task, when one produced it
     * @param items the clips, each as LVB sends it
     */
    public HighlightEvent(Long appId, String domain, String path, String streamId, Long eventTime, String taskId,
            List<JsonObject> items) {
        this(appId, domain, path, streamId, eventTime, taskId, items, null);
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
    public static final int EVENT_TYPE = 349;

    /**
     * Keeps an unmodifiable copy of {@code items}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param streamId the stream
     * @param eventTime when, UNIX time as LVB sends it
     * @param taskId the task, when one produced it
     * @param items the clips, each as LVB sends it
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public HighlightEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
