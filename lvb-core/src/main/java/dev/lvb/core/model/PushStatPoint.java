package dev.lvb.core.model;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

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
        @JsonbProperty("time") @JsonbTypeDeserializer(Lenient.Text.class) String time,
        @JsonbProperty("client_ip") String clientIp,
        @JsonbProperty("server_ip") String serverIp,
        @JsonbProperty("fps") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer fps,
        @JsonbProperty("speed") @JsonbTypeDeserializer(Lenient.LongValue.class) Long speed) {
}
