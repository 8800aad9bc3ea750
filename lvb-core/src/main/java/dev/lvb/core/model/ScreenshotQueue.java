package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Live_Queue_Get.
 *
 * @param count messages returned
 * @param data the messages (now dequeued)
 */
public record ScreenshotQueue(
        @JsonbProperty("count") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer count,
        @JsonbProperty("data") List<QueuedScreenshot> data) {

    public ScreenshotQueue {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
