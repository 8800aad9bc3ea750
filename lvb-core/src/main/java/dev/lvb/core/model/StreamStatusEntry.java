package dev.lvb.core.model;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One element of Live_Channel_GetStatus's {@code output} array.
 *
 * @param rateType 0 original, 10 SD, 20 HD
 * @param recvType 1 rtmp/flv, 2 hls, 3 rtmp/flv + hls
 * @param status 0 interrupted, 1 live, 3 disabled (see {@link #state()})
 * @param width video width (official model only)
 * @param height video height (official model only)
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record StreamStatusEntry(
        @JsonbProperty("rate_type") Integer rateType,
        @JsonbProperty("recv_type") Integer recvType,
        @JsonbProperty("status") Integer status,
        @JsonbProperty("width") Integer width,
        @JsonbProperty("height") Integer height,
        @JsonbTransient JsonObject raw) {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param rateType 0 original, 10 SD, 20 HD
     * @param recvType 1 rtmp/flv, 2 hls, 3 rtmp/flv + hls
     * @param status 0 interrupted, 1 live, 3 disabled (see {@link #state()})
     * @param width video width (official model only)
     * @param height video height (official model only)
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public StreamStatusEntry {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param rateType 0 original, 10 SD, 20 HD
     * @param recvType 1 rtmp/flv, 2 hls, 3 rtmp/flv + hls
     * @param status 0 interrupted, 1 live, 3 disabled (see {@link #state()})
     * @param width video width (official model only)
     * @param height video height (official model only)
     */
    public StreamStatusEntry(Integer rateType, Integer recvType, Integer status, Integer width, Integer height) {
        this(rateType, recvType, status, width, height, null);
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


    /** @return {@link #status()} as an enum */
    public StreamState state() {
        return StreamState.of(status);
    }
}
