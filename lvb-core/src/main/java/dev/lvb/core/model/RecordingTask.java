package dev.lvb.core.model;

import java.math.BigInteger;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Live_Tape_Start.
 *
 * @param taskId the task id: an unsigned 64-bit integer, kept as its exact decimal digits
 */
public record RecordingTask(@JsonbProperty("task_id") @JsonbTypeDeserializer(Lenient.Text.class) String taskId) {

    /** @return the task id as a number (it may exceed {@link Long#MAX_VALUE}) */
    public BigInteger taskIdValue() {
        return new BigInteger(taskId);
    }
}
