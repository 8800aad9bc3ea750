package dev.lvb.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * A pull-and-push (relay) task changed state (event_type 314, doc 267/56208). {@code msg} and {@code source_urls}
 * arrive as JSON <em>text</em>; {@link #message()} and {@link #sourceUrlList()} decode them.
 *
 * @param appId the LVB APPID
 * @param callbackEvent {@code TaskStart}, {@code VodSourceFileStart}, {@code VodSourceFileFinish}, {@code TaskExit}
 *        or {@code TaskAlarm}
 * @param sourceUrls the source URLs as sent: a JSON array in a string
 * @param toUrl the push target
 * @param streamId the stream
 * @param taskId the task
 * @param msg details of the event as sent: a JSON object in a string
 * @param eventTime when it happened, UNIX seconds (sent as a string)
 * @param callbackUrl the URL the task calls back
 * @param interfaceName always {@code general_callback} ({@code interface} on the wire)
 * @param productName always {@code pullpush}
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record RelayTaskEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("callback_event") String callbackEvent,
        @JsonbProperty("source_urls") @JsonbTypeDeserializer(LvbLenient.JsonText.class) String sourceUrls,
        @JsonbProperty("to_url") String toUrl,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("task_id") String taskId,
        @JsonbProperty("msg") @JsonbTypeDeserializer(LvbLenient.JsonText.class) String msg,
        @JsonbProperty("event_time") Long eventTime,
        @JsonbProperty("callback_url") String callbackUrl,
        @JsonbProperty("interface") String interfaceName,
        @JsonbProperty("product_name") String productName,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param callbackEvent {@code TaskStart}, {@code VodSourceFileStart}, {@code VodSourceFileFinish}, {@code TaskExit}
     *         or {@code TaskAlarm}
     * @param sourceUrls the source URLs as sent: a JSON array in a string
     * @param toUrl the push target
     * @param streamId the stream
     * @param taskId the task
     * @param msg details of the event as sent: a JSON object in a string
     * @param eventTime when it happened, UNIX seconds (sent as a string)
     * @param callbackUrl the URL the task calls back
     * @param interfaceName always {@code general_callback} ({@code interface} on the wire)
     * @param productName always {@code pullpush}
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public RelayTaskEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param callbackEvent {@code TaskStart}, {@code VodSourceFileStart}, {@code VodSourceFileFinish}, {@code TaskExit}
     *         or {@code TaskAlarm}
     * @param sourceUrls the source URLs as sent: a JSON array in a string
     * @param toUrl the push target
     * @param streamId the stream
     * @param taskId the task
     * @param msg details of the event as sent: a JSON object in a string
     * @param eventTime when it happened, UNIX seconds (sent as a string)
     * @param callbackUrl the URL the task calls back
     * @param interfaceName always {@code general_callback} ({@code interface} on the wire)
     * @param productName always {@code pullpush}
     */
    public RelayTaskEvent(Long appId, String callbackEvent, String sourceUrls, String toUrl, String streamId,
            String taskId, String msg, Long eventTime, String callbackUrl, String interfaceName, String productName) {
        this(appId, callbackEvent, sourceUrls, toUrl, streamId, taskId, msg, eventTime, callbackUrl, interfaceName,
                productName, null);
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
    public static final int EVENT_TYPE = 314;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }

    /** @return {@code msg} decoded, empty when absent or not a JSON object */
    public Optional<Message> message() {
        return LvbLenient.jsonIn(msg, Message.class);
    }

    /** @return {@code source_urls} decoded; empty when absent or not a JSON array of strings */
    public List<String> sourceUrlList() {
        return LvbLenient.jsonIn(sourceUrls).filter(v -> v instanceof JsonArray).map(v -> {
            List<String> out = new ArrayList<>();
            for (var item : (JsonArray) v) {
                if (item instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
            return List.copyOf(out);
        }).orElse(List.of());
    }

    /**
     * {@code msg} of a relay task event; which fields are set depends on {@code callback_event}.
     *
     * @param taskStartTime TaskStart: when the task started, UNIX ms
     * @param url VodSourceFile*: the source being pulled
     * @param index VodSourceFile*: the file's index in the source list
     * @param duration VodSourceFile*: the file's length, seconds
     * @param taskExitTime TaskExit: when the task exited, UNIX ms
     * @param code TaskExit: error code
     * @param message TaskExit: error message
     * @param type TaskAlarm: {@code PullFileUnstable}, {@code PushStreamUnstable}, {@code PullFileFailed},
     *        {@code PushStreamFailed} or {@code FileEndEarly}
     */
    public record Message(
            @JsonbProperty("task_start_time") Long taskStartTime,
            @JsonbProperty("url") String url,
            @JsonbProperty("index") Integer index,
            @JsonbProperty("duration") Long duration,
            @JsonbProperty("task_exit_time") Long taskExitTime,
            @JsonbProperty("code") String code,
            @JsonbProperty("message") String message,
            @JsonbProperty("type") String type) {
    }
}
