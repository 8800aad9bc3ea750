package dev.lvb.core.event;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * Audio moderation flagged a stream (event_type 315, doc 267/94421). By default only suspicious results are sent.
 *
 * @param appId the LVB APPID
 * @param streamId the stream
 * @param channelId the channel
 * @param domain the push domain
 * @param path the push path (AppName)
 * @param hitFlag 1 when the audio hit a moderation model ({@code HitFlag} on the wire)
 * @param score confidence of the label, 0-100 ({@code Score})
 * @param subTag the secondary label ({@code SubTag})
 * @param taskId the moderation task
 * @param status 2: normal
 * @param asrText the recognised text
 * @param cdnUrl the audio's address
 * @param duration seconds of audio recognised
 * @param label the label with the highest priority, e.g. {@code Porn}
 * @param suggestion {@code Block}, {@code Review} or {@code Pass}
 * @param languageResults minority language results as LVB sends them
 * @param moanResults moan detection results as LVB sends them
 * @param textResults text results as LVB sends them
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record AudioModerationEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("path") String path,
        @JsonbProperty("HitFlag") Integer hitFlag,
        @JsonbProperty("Score") Double score,
        @JsonbProperty("SubTag") String subTag,
        @JsonbProperty("task_id") String taskId,
        @JsonbProperty("status") Integer status,
        @JsonbProperty("asr_text") String asrText,
        @JsonbProperty("cdn_url") String cdnUrl,
        @JsonbProperty("duration") Double duration,
        @JsonbProperty("label") String label,
        @JsonbProperty("suggestion") String suggestion,
        @JsonbProperty("language_results") JsonValue languageResults,
        @JsonbProperty("moan_results") JsonValue moanResults,
        @JsonbProperty("text_results") JsonValue textResults,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param streamId the stream
     * @param channelId the channel
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param hitFlag 1 when the audio hit a moderation model ({@code HitFlag} on the wire)
     * @param score confidence of the label, 0-100 ({@code Score})
     * @param subTag the secondary label ({@code SubTag})
     * @param taskId the moderation task
     * @param status 2: normal
     * @param asrText the recognised text
     * @param cdnUrl the audio's address
     * @param duration seconds of audio recognised
     * @param label the label with the highest priority, e.g. {@code Porn}
     * @param suggestion {@code Block}, {@code Review} or {@code Pass}
     * @param languageResults minority language results as LVB sends them
     * @param moanResults moan detection results as LVB sends them
     * @param textResults text results as LVB sends them
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public AudioModerationEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param streamId the stream
     * @param channelId the channel
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param hitFlag 1 when the audio hit a moderation model ({@code HitFlag} on the wire)
     * @param score confidence of the label, 0-100 ({@code Score})
     * @param subTag the secondary label ({@code SubTag})
     * @param taskId the moderation task
     * @param status 2: normal
     * @param asrText the recognised text
     * @param cdnUrl the audio's address
     * @param duration seconds of audio recognised
     * @param label the label with the highest priority, e.g. {@code Porn}
     * @param suggestion {@code Block}, {@code Review} or {@code Pass}
     * @param languageResults minority language results as LVB sends them
     * @param moanResults moan detection results as LVB sends them
     * @param textResults text results as LVB sends them
     */
    public AudioModerationEvent(Long appId, String streamId, String channelId, String domain, String path,
            Integer hitFlag, Double score, String subTag, String taskId, Integer status, String asrText,
            String cdnUrl, Double duration, String label, String suggestion, JsonValue languageResults,
            JsonValue moanResults, JsonValue textResults) {
        this(appId, streamId, channelId, domain, path, hitFlag, score, subTag, taskId, status, asrText, cdnUrl,
                duration, label, suggestion, languageResults, moanResults, textResults, null);
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
    public static final int EVENT_TYPE = 315;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
