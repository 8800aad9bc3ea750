package dev.lvb.core.model;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * The reply of a mixing call ({@code code}, not {@code ret}).
 *
 * @param code 0 on success
 * @param message LVB's message, e.g. {@code Success!}
 * @param eventId the request's event id (documented as a number, sent as a string)
 * @param timestamp LVB's timestamp
 */
public record MixResult(
        @JsonbProperty("code") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer code,
        @JsonbProperty("message") String message,
        @JsonbProperty("event_id") @JsonbTypeDeserializer(Lenient.Text.class) String eventId,
        @JsonbProperty("timestamp") @JsonbTypeDeserializer(Lenient.LongValue.class) Long timestamp) {
}
