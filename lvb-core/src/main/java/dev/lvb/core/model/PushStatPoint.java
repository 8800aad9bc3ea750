package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One sample of Get_LivePushStatHistory.
 *
 * @param time sample time as LVB writes it
 * @param clientIp the pusher's IP
 * @param serverIp the ingest server's IP
 * @param fps frame rate
 * @param speed bit rate in bps
 */
public record PushStatPoint(
        @JsonbProperty("time") String time,
        @JsonbProperty("client_ip") String clientIp,
        @JsonbProperty("server_ip") String serverIp,
        @JsonbProperty("fps") Integer fps,
        @JsonbProperty("speed") Long speed) {
}
