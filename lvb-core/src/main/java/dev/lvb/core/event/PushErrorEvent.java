package dev.lvb.core.event;

import java.util.List;

import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * The ingest saw errors in a push during the last report interval (event_type 321, doc 267/84046). Sent only for
 * intervals with errors.
 *
 * @param appId the LVB APPID
 * @param userIp the pusher's IP
 * @param dataTime when the report was made, UNIX <b>milliseconds</b>
 * @param domain the push domain
 * @param path the push path (AppName)
 * @param reportInterval the report interval, ms
 * @param sequence identifies the push session
 * @param streamId the stream
 * @param streamParam the push URL's query string
 * @param timeout the callback's timeout, ms
 * @param abnormalEvents the errors ({@code abnormal_event} on the wire)
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record PushErrorEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("user_ip") String userIp,
        @JsonbProperty("data_time") Long dataTime,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("path") String path,
        @JsonbProperty("report_interval") Long reportInterval,
        @JsonbProperty("sequence") String sequence,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("stream_param") String streamParam,
        @JsonbProperty("timeout") Long timeout,
        @JsonbProperty("abnormal_event") @JsonbTypeDeserializer(LvbLenient.ObjectList.class)
        List<Abnormal> abnormalEvents,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param userIp the pusher's IP
     * @param dataTime when the report was made, UNIX <b>milliseconds</b>
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param reportInterval the report interval, ms
     * @param sequence identifies the push session
     * @param streamId the stream
     * @param streamParam the push URL's query string
     * @param timeout the callback's timeout, ms
     * @param abnormalEvents the errors ({@code abnormal_event} on the wire)
     */
    public PushErrorEvent(Long appId, String userIp, Long dataTime, String domain, String path, Long reportInterval,
            String sequence, String streamId, String streamParam, Long timeout, List<Abnormal> abnormalEvents) {
        this(appId, userIp, dataTime, domain, path, reportInterval, sequence, streamId, streamParam, timeout,
                abnormalEvents, null);
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
    public static final int EVENT_TYPE = 321;

    /**
     * Keeps an unmodifiable copy of {@code abnormalEvents}, empty when missing; a missing {@code raw} is an empty
     * object.
     *
     * @param appId the LVB APPID
     * @param userIp the pusher's IP
     * @param dataTime when the report was made, UNIX <b>milliseconds</b>
     * @param domain the push domain
     * @param path the push path (AppName)
     * @param reportInterval the report interval, ms
     * @param sequence identifies the push session
     * @param streamId the stream
     * @param streamParam the push URL's query string
     * @param timeout the callback's timeout, ms
     * @param abnormalEvents the errors ({@code abnormal_event} on the wire)
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public PushErrorEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        abnormalEvents = abnormalEvents == null ? List.of() : List.copyOf(abnormalEvents);
    }

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }

    /**
     * One kind of error and how often it occurred in the interval.
     *
     * @param type 1 video timestamp went back, 2 audio timestamp went back, 3/4 video/audio timestamp jumped, 5
     *        chunk size too big, 6/7 video/audio frames too far apart, 8/9 codec changed, 10/11 no codec header, 12
     *        audio timestamp gap, 13 unusual codec, 14 unparsable video header, 15 low frame rate, 16 GOP too long
     * @param count occurrences in the interval
     * @param details when and what ({@code detail}: an object in the docs, an array in samples; both read)
     * @param typeDescCn description in Chinese
     * @param typeDescEn description in English
     * @param eventKey supplement to the Chinese description
     * @param customerVisible always {@code "true"}
     */
    public record Abnormal(
            @JsonbProperty("type") Integer type,
            @JsonbProperty("count") Integer count,
            @JsonbProperty("detail") @JsonbTypeDeserializer(LvbLenient.ObjectOrObjects.class) List<Detail> details,
            @JsonbProperty("type_desc_cn") String typeDescCn,
            @JsonbProperty("type_desc_en") String typeDescEn,
            @JsonbProperty("event_key") String eventKey,
            @JsonbProperty("customer_visible") String customerVisible) {

        /**
         * Keeps an unmodifiable copy of {@code details}, empty when missing.
         *
         * @param type 1 video timestamp went back, 2 audio timestamp went back, 3/4 video/audio timestamp jumped, 5
         *         chunk size too big, 6/7 video/audio frames too far apart, 8/9 codec changed, 10/11 no codec header,
         *         12
         *         audio timestamp gap, 13 unusual codec, 14 unparsable video header, 15 low frame rate, 16 GOP too long
         * @param count occurrences in the interval
         * @param details when and what ({@code detail}: an object in the docs, an array in samples; both read)
         * @param typeDescCn description in Chinese
         * @param typeDescEn description in English
         * @param eventKey supplement to the Chinese description
         * @param customerVisible always {@code "true"}
         */
        public Abnormal {
            details = details == null ? List.of() : List.copyOf(details);
        }
    }

    /**
     * One occurrence.
     *
     * @param desc what happened
     * @param occurTime when, UNIX time
     */
    public record Detail(
            @JsonbProperty("desc") String desc,
            @JsonbProperty("occur_time") Long occurTime) {
    }
}
