package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * {@code output} of Live_Queue_Get.
 *
 * @param count messages returned
 * @param data the messages (now dequeued)
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record ScreenshotQueue(
        @JsonbProperty("count") Integer count,
        @JsonbProperty("data") List<QueuedScreenshot> data,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param count messages returned
     * @param data the messages (now dequeued)
     */
    public ScreenshotQueue(Integer count, List<QueuedScreenshot> data) {
        this(count, data, null);
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
     * Keeps an unmodifiable copy of {@code data}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param count messages returned
     * @param data the messages (now dequeued)
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public ScreenshotQueue {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        data = data == null ? List.of() : List.copyOf(data);
    }
}
