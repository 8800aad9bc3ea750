package dev.lvb.core.event;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * Image moderation flagged a screenshot (event_type 317, "porn detection" in older documentation). Note LVB's
 * camelCase names here. Today's documentation sends {@code type[]}, {@code score}, {@code suggestion}, {@code label},
 * {@code subLabel} and the detail arrays ({@code labelResults}, {@code objectResults}, {@code ocrResults},
 * {@code libResults}, kept as JSON: their shape follows the moderation service); older samples send the
 * {@code *Score} fields, {@code ocrMsg}, {@code confidence} and {@code level}.
 *
 * @param appId the LVB APPID
 * @param app the push domain
 * @param appName the push path
 * @param streamId the stream ({@code streamId} on the wire)
 * @param channelId the channel ({@code channelId} on the wire)
 * @param tid template id (20001)
 * @param img the screenshot URL
 * @param type categories: 0 normal, 1-5 problematic
 * @param confidence 0-100
 * @param normalScore score of "normal"
 * @param hotScore score of "sexy"
 * @param pornScore score of "porn"
 * @param level severity
 * @param ocrMsg text recognised in the picture
 * @param screenshotTime when the screenshot was taken, UNIX seconds
 * @param sendTime when the notification was sent, UNIX seconds
 * @param similarScore similarity score
 * @param gameDetails detail object as LVB sends it
 * @param streamParam the push URL's query string
 * @param score confidence of the verdict, 0-100 (today's documentation)
 * @param socre {@code score} as one of Tencent's samples spells it; prefer {@link #anyScore()}
 * @param suggestion {@code Block}, {@code Review} or {@code Pass}
 * @param label the main label, e.g. {@code Porn}
 * @param subLabel the detailed label
 * @param labelResults per-label results as LVB sends them (an array)
 * @param objectResults object recognition results as LVB sends them
 * @param ocrResults text recognition results as LVB sends them
 * @param libResults custom library hits as LVB sends them
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record PornDetectionEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("app") String app,
        @JsonbProperty("appname") String appName,
        @JsonbProperty("streamId") String streamId,
        @JsonbProperty("channelId") String channelId,
        @JsonbProperty("tid") Integer tid,
        @JsonbProperty("img") String img,
        @JsonbProperty("type") List<Integer> type,
        @JsonbProperty("confidence") Double confidence,
        @JsonbProperty("normalScore") Double normalScore,
        @JsonbProperty("hotScore") Double hotScore,
        @JsonbProperty("pornScore") Double pornScore,
        @JsonbProperty("level") Integer level,
        @JsonbProperty("ocrMsg") String ocrMsg,
        @JsonbProperty("screenshotTime") Long screenshotTime,
        @JsonbProperty("sendTime") Long sendTime,
        @JsonbProperty("similarScore") Double similarScore,
        @JsonbProperty("gameDetails") JsonValue gameDetails,
        @JsonbProperty("stream_param") String streamParam,
        @JsonbProperty("score") Double score,
        @JsonbProperty("socre") Double socre,
        @JsonbProperty("suggestion") String suggestion,
        @JsonbProperty("label") String label,
        @JsonbProperty("subLabel") String subLabel,
        @JsonbProperty("labelResults") JsonValue labelResults,
        @JsonbProperty("objectResults") JsonValue objectResults,
        @JsonbProperty("ocrResults") JsonValue ocrResults,
        @JsonbProperty("libResults") JsonValue libResults,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param app the push domain
     * @param appName the push path
     * @param streamId the stream ({@code streamId} on the wire)
     * @param channelId the channel ({@code channelId} on the wire)
     * @param tid template id (20001)
     * @param img the screenshot URL
     * @param type categories: 0 normal, 1-5 problematic
     * @param confidence 0-100
     * @param normalScore score of "normal"
     * @param hotScore score of "sexy"
     * @param pornScore score of "porn"
     * @param level severity
     * @param ocrMsg text recognised in the picture
     * @param screenshotTime when the screenshot was taken, UNIX seconds
     * @param sendTime when the notification was sent, UNIX seconds
     * @param similarScore similarity score
     * @param gameDetails detail object as LVB sends it
     * @param streamParam the push URL's query string
     */
    public PornDetectionEvent(Long appId, String app, String appName, String streamId, String channelId, Integer tid,
            String img, List<Integer> type, Double confidence, Double normalScore, Double hotScore, Double pornScore,
            Integer level, String ocrMsg, Long screenshotTime, Long sendTime, Double similarScore,
            JsonValue gameDetails, String streamParam) {
        this(appId, app, appName, streamId, channelId, tid, img, type, confidence, normalScore, hotScore, pornScore,
                level, ocrMsg, screenshotTime, sendTime, similarScore, gameDetails, streamParam, null, null, null,
                null, null, null, null, null, null, null);
    }

    /**
     * @return {@code score}, or {@code socre} when only that was sent (one of Tencent's samples spells it so)
     */
    public Double anyScore() {
        return score != null ? score : socre;
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
    public static final int EVENT_TYPE = 317;

    /**
     * Keeps an unmodifiable copy of {@code type}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param app the push domain
     * @param appName the push path
     * @param streamId the stream ({@code streamId} on the wire)
     * @param channelId the channel ({@code channelId} on the wire)
     * @param tid template id (20001)
     * @param img the screenshot URL
     * @param type categories: 0 normal, 1-5 problematic
     * @param confidence 0-100
     * @param normalScore score of "normal"
     * @param hotScore score of "sexy"
     * @param pornScore score of "porn"
     * @param level severity
     * @param ocrMsg text recognised in the picture
     * @param screenshotTime when the screenshot was taken, UNIX seconds
     * @param sendTime when the notification was sent, UNIX seconds
     * @param similarScore similarity score
     * @param gameDetails detail object as LVB sends it
     * @param streamParam the push URL's query string
     * @param score confidence of the verdict, 0-100 (today's documentation)
     * @param socre {@code score} as one of Tencent's samples spells it; prefer {@link #anyScore()}
     * @param suggestion {@code Block}, {@code Review} or {@code Pass}
     * @param label the main label, e.g. {@code Porn}
     * @param subLabel the detailed label
     * @param labelResults per-label results as LVB sends them (an array)
     * @param objectResults object recognition results as LVB sends them
     * @param ocrResults text recognition results as LVB sends them
     * @param libResults custom library hits as LVB sends them
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public PornDetectionEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        type = type == null ? List.of() : List.copyOf(type);
    }

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
