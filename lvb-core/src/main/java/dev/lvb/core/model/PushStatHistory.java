package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * {@code output} of Get_LivePushStatHistory.
 *
 * @param streamInfo the samples
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record PushStatHistory(@JsonbProperty("stream_info") List<PushStatPoint> streamInfo,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param streamInfo the samples
     */
    public PushStatHistory(List<PushStatPoint> streamInfo) {
        this(streamInfo, null);
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


    /**
     * Keeps an unmodifiable copy of {@code streamInfo}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param streamInfo the samples
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public PushStatHistory {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        streamInfo = streamInfo == null ? List.of() : List.copyOf(streamInfo);
    }
}
