package dev.lvb.core.model;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * One element of Live_Channel_GetStatus's {@code output} array.
 *
 * @param rateType 0 original, 10 SD, 20 HD
 * @param recvType 1 rtmp/flv, 2 hls, 3 rtmp/flv + hls
 * @param status 0 interrupted, 1 live, 3 disabled (see {@link #state()})
 * @param width video width (official model only)
 * @param height video height (official model only)
 */
public record StreamStatusEntry(
        @JsonbProperty("rate_type") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer rateType,
        @JsonbProperty("recv_type") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer recvType,
        @JsonbProperty("status") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer status,
        @JsonbProperty("width") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer width,
        @JsonbProperty("height") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer height) {

    /** @return {@link #status()} as an enum */
    public StreamState state() {
        return StreamState.of(status);
    }
}
