package dev.lvb.core.event;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A push begins (event_type 1).
 *
 * @param appId the LVB APPID
 * @param app the push domain
 * @param appName the push path, e.g. {@code live}
 * @param channelId equals {@code streamId} for live codes
 * @param streamId the stream
 * @param eventTime when it happened, UNIX seconds
 * @param sequence identifies one push session: the begin and end of a push share it
 * @param node the ingest server's IP
 * @param userIp the pusher's IP
 * @param streamParam the push URL's query string (e.g. {@code txSecret=...&txTime=...})
 * @param errcode disconnect reason code (see LVB's list: 1 and 2 the anchor stopped, 3 and 4 TCP, 18 push
 *        authentication failed, ...)
 * @param errmsg disconnect reason text
 * @param setId ingest set: 1-6 mainland China, 7-200 elsewhere (later docs)
 * @param width video width, 0 when not yet known (later docs)
 * @param height video height, 0 when not yet known (later docs)
 * @param idcId ingest data centre (later docs)
 * @param raw the notification as received, without {@code sign}; empty for an event built in code
 */
public record StreamBeginEvent(
        @JsonbProperty("appid") Long appId,
        @JsonbProperty("app") String app,
        @JsonbProperty("appname") String appName,
        @JsonbProperty("channel_id") String channelId,
        @JsonbProperty("stream_id") String streamId,
        @JsonbProperty("event_time") Long eventTime,
        @JsonbProperty("sequence") String sequence,
        @JsonbProperty("node") String node,
        @JsonbProperty("user_ip") String userIp,
        @JsonbProperty("stream_param") String streamParam,
        @JsonbProperty("errcode") Integer errcode,
        @JsonbProperty("errmsg") String errmsg,
        @JsonbProperty("set_id") Integer setId,
        @JsonbProperty("width") Integer width,
        @JsonbProperty("height") Integer height,
        @JsonbProperty("idc_id") String idcId,
        @JsonbTransient JsonObject raw) implements LvbEvent {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param appId the LVB APPID
     * @param app the push domain
     * @param appName the push path, e.g. {@code live}
     * @param channelId equals {@code streamId} for live codes
     * @param streamId the stream
     * @param eventTime when it happened, UNIX seconds
     * @param sequence identifies one push session: the begin and end of a push share it
     * @param node the ingest server's IP
     * @param userIp the pusher's IP
     * @param streamParam the push URL's query string (e.g. {@code txSecret=...&txTime=...})
     * @param errcode disconnect reason code (see LVB's list: 1 and 2 the anchor stopped, 3 and 4 TCP, 18 push
     *         authentication failed, ...)
     * @param errmsg disconnect reason text
     * @param setId ingest set: 1-6 mainland China, 7-200 elsewhere (later docs)
     * @param width video width, 0 when not yet known (later docs)
     * @param height video height, 0 when not yet known (later docs)
     * @param idcId ingest data centre (later docs)
     * @param raw the notification as received, without {@code sign}; empty for an event built in code
     */
    @JsonbCreator
    public StreamBeginEvent {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for events built in code ({@link #raw()} is empty).
     *
     * @param appId the LVB APPID
     * @param app the push domain
     * @param appName the push path, e.g. {@code live}
     * @param channelId equals {@code streamId} for live codes
     * @param streamId the stream
     * @param eventTime when it happened, UNIX seconds
     * @param sequence identifies one push session: the begin and end of a push share it
     * @param node the ingest server's IP
     * @param userIp the pusher's IP
     * @param streamParam the push URL's query string (e.g. {@code txSecret=...&txTime=...})
     * @param errcode disconnect reason code (see LVB's list: 1 and 2 the anchor stopped, 3 and 4 TCP, 18 push
     *         authentication failed, ...)
     * @param errmsg disconnect reason text
     * @param setId ingest set: 1-6 mainland China, 7-200 elsewhere (later docs)
     * @param width video width, 0 when not yet known (later docs)
     * @param height video height, 0 when not yet known (later docs)
     * @param idcId ingest data centre (later docs)
     */
    public StreamBeginEvent(Long appId, String app, String appName, String channelId, String streamId,
            Long eventTime, String sequence, String node, String userIp, String streamParam, Integer errcode,
            String errmsg, Integer setId, Integer width, Integer height, String idcId) {
        this(appId, app, appName, channelId, streamId, eventTime, sequence, node, userIp, streamParam, errcode,
                errmsg, setId, width, height, idcId, null);
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
    public static final int EVENT_TYPE = 1;

    @Override
    public int eventType() {
        return EVENT_TYPE;
    }
}
