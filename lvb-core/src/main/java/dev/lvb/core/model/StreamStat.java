package dev.lvb.core.model;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One stream in the statistics of Get_LiveStat (all fields), Get_LivePushStat (push fields) and Get_LivePlayStat
 * (play fields); fields an API does not send are {@code null}.
 *
 * @param streamName the stream id
 * @param bandwidth playback bandwidth in Mbps
 * @param online viewers
 * @param clientIp the pusher's IP
 * @param serverIp the ingest server's IP
 * @param fps push frame rate
 * @param speed push bit rate in bps
 * @param flr frame loss rate (undocumented, seen in clients)
 * @param time sample time (undocumented, seen in clients)
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record StreamStat(
        @JsonbProperty("stream_name") String streamName,
        @JsonbProperty("bandwidth") Double bandwidth,
        @JsonbProperty("online") Long online,
        @JsonbProperty("client_ip") String clientIp,
        @JsonbProperty("server_ip") String serverIp,
        @JsonbProperty("fps") Integer fps,
        @JsonbProperty("speed") Long speed,
        @JsonbProperty("flr") String flr,
        @JsonbProperty("time") String time,
        @JsonbTransient JsonObject raw) {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param streamName the stream id
     * @param bandwidth playback bandwidth in Mbps
     * @param online viewers
     * @param clientIp the pusher's IP
     * @param serverIp the ingest server's IP
     * @param fps push frame rate
     * @param speed push bit rate in bps
     * @param flr frame loss rate (undocumented, seen in clients)
     * @param time sample time (undocumented, seen in clients)
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public StreamStat {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param streamName the stream id
     * @param bandwidth playback bandwidth in Mbps
     * @param online viewers
     * @param clientIp the pusher's IP
     * @param serverIp the ingest server's IP
     * @param fps push frame rate
     * @param speed push bit rate in bps
     * @param flr frame loss rate (undocumented, seen in clients)
     * @param time sample time (undocumented, seen in clients)
     */
    public StreamStat(String streamName, Double bandwidth, Long online, String clientIp, String serverIp,
            Integer fps, Long speed, String flr, String time) {
        this(streamName, bandwidth, online, clientIp, serverIp, fps, speed, flr, time, null);
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

}
