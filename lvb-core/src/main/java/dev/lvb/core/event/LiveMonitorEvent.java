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
 * Live monitoring found something (event_type 328, doc 267/88050): a broken stream, a low frame rate, a format
 * anomaly, or recognised speech or text.
 *
 * @param appId the LVB APPID
 * @param bizId the BIZID
 * @param eventName {@code StreamBroken}, {@code StreamLowFramerate}, {@code OcrFullText}, {@code AsrFullText} or a
 *        format anomaly such as {@code VideoResolutionChanged}
 * @param eventTime when, UNIX <b>milliseconds</b>
 * @param eventMsg details as sent (text; JSON for some events, see {@link #eventMsgJson()})
 * @param streamId the monitored stream
 * @param interfaceName always {@code general_callback} ({@code interface} on the wire)
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record LiveMonitorEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("bizid") Long bizId,
        @JsonbProperty("event_name") String eventName,
        @JsonbProperty("event_time") Long eventTime,
        @JsonbProperty("event_msg") @JsonbTypeDeserializer(LvbLenient.JsonText.class) String eventMsg,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("interface") String interfaceName,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param bizId the BIZID
     * @param eventName {@code StreamBroken}, {@code StreamLowFramerate}, {@code OcrFullText}, {@code AsrFullText} or a
     *         format anomaly such as {@code VideoResolutionChanged}
     * @param eventTime when, UNIX <b>milliseconds</b>
     * @param eventMsg details as sent (text; JSON for some events, see {@link #eventMsgJson()})
     * @param streamId the monitored stream
     * @param interfaceName always {@code general_callback} ({@code interface} on the wire)
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public LiveMonitorEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param bizId the BIZID
     * @param eventName {@code StreamBroken}, {@code StreamLowFramerate}, {@code OcrFullText}, {@code AsrFullText} or a
     *         format anomaly such as {@code VideoResolutionChanged}
     * @param eventTime when, UNIX <b>milliseconds</b>
     * @param eventMsg details as sent (text; JSON for some events, see {@link #eventMsgJson()})
     * @param streamId the monitored stream
     * @param interfaceName always {@code general_callback} ({@code interface} on the wire)
     */
    public LiveMonitorEvent(Long appId, Long bizId, String eventName, Long eventTime, String eventMsg,
            String streamId, String interfaceName) {
        this(appId, bizId, eventName, eventTime, eventMsg, streamId, interfaceName, null);
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
    public static final int EVENT_TYPE = 328;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }

    /** @return {@code event_msg} as JSON, empty when it is plain text */
    public Optional<JsonValue> eventMsgJson() {
        return LvbLenient.jsonIn(eventMsg);
    }
}
