package dev.lvb.core.model;

import java.math.BigInteger;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * {@code output} of Live_Tape_Start.
 *
 * @param taskId the task id: an unsigned 64-bit integer, kept as its exact decimal digits
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record RecordingTask(@JsonbProperty("task_id") String taskId,
        @JsonbTransient JsonObject raw) {

    /**
     * A missing {@code raw} is an empty object.
     *
     * @param taskId the task id: an unsigned 64-bit integer, kept as its exact decimal digits
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public RecordingTask {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    }

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param taskId the task id: an unsigned 64-bit integer, kept as its exact decimal digits
     */
    public RecordingTask(String taskId) {
        this(taskId, null);
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


    /** @return the task id as a number (it may exceed {@link Long#MAX_VALUE}) */
    public BigInteger taskIdValue() {
        return new BigInteger(taskId);
    }
}
