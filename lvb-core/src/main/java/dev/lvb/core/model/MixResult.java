package dev.lvb.core.model;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * The reply of a mixing call ({@code code}, not {@code ret}).
 *
 * @param code 0 on success
 * @param message LVB's message, e.g. {@code Success!}
 * @param eventId the request's event id (documented as a number, sent as a string)
 * @param timestamp LVB's timestamp
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record MixResult(
        @JsonbProperty("code") Integer code,
        @JsonbProperty("message") String message,
        @JsonbProperty("event_id") String eventId,
        @JsonbProperty("timestamp") Long timestamp,
        @JsonbTransient JsonObject raw) {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param code 0 on success
     * @param message LVB's message, e.g. {@code Success!}
     * @param eventId the request's event id (documented as a number, sent as a string)
     * @param timestamp LVB's timestamp
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public MixResult {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param code 0 on success
     * @param message LVB's message, e.g. {@code Success!}
     * @param eventId the request's event id (documented as a number, sent as a string)
     * @param timestamp LVB's timestamp
     */
    public MixResult(Integer code, String message, String eventId, Long timestamp) {
        this(code, message, eventId, timestamp, null);
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
