package dev.lvb.core.event;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * Porn detection flagged a screenshot (event_type 317, 2019+ documentation). Note LVB's camelCase names here.
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
public record PornDetectionEvent(
        @JsonbProperty("appid") @JsonbTypeDeserializer(Lenient.LongValue.class) Long appId,
        @JsonbProperty("app") String app,
        @JsonbProperty("appname") String appName,
        @JsonbProperty("streamId") String streamId,
        @JsonbProperty("channelId") String channelId,
        @JsonbProperty("tid") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer tid,
        @JsonbProperty("img") String img,
        @JsonbProperty("type") List<Integer> type,
        @JsonbProperty("confidence") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double confidence,
        @JsonbProperty("normalScore") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double normalScore,
        @JsonbProperty("hotScore") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double hotScore,
        @JsonbProperty("pornScore") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double pornScore,
        @JsonbProperty("level") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer level,
        @JsonbProperty("ocrMsg") String ocrMsg,
        @JsonbProperty("screenshotTime") @JsonbTypeDeserializer(Lenient.LongValue.class) Long screenshotTime,
        @JsonbProperty("sendTime") @JsonbTypeDeserializer(Lenient.LongValue.class) Long sendTime,
        @JsonbProperty("similarScore") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double similarScore,
        @JsonbProperty("gameDetails") JsonValue gameDetails,
        @JsonbProperty("stream_param") String streamParam) implements LvbEvent {

    /** LVB's {@code event_type} of this event. */
    public static final int EVENT_TYPE = 317;

    public PornDetectionEvent {
        type = type == null ? List.of() : List.copyOf(type);
    }

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
