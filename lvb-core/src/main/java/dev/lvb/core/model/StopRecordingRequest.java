package dev.lvb.core.model;

import java.math.BigInteger;

/**
 * Parameters of Live_Tape_Stop.
 *
 * @param streamId the stream
 * @param taskId the task id Live_Tape_Start returned: an unsigned 64-bit integer in decimal digits (kept as text so
 *        that values above 2^63 survive)
 * @param mode {@link RecordingMode#REALTIME} when the task was a real-time one, or {@code null}
 */
public record StopRecordingRequest(String streamId, String taskId, RecordingMode mode) implements LvbRequest {

    private static final BigInteger MAX_UNSIGNED_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param streamId the stream
     * @param taskId the task id Live_Tape_Start returned: an unsigned 64-bit integer in decimal digits (kept as text so
     *         that values above 2^63 survive)
     * @param mode {@link RecordingMode#REALTIME} when the task was a real-time one, or {@code null}
     */
    public StopRecordingRequest {
        Checks.id("Param.s.channel_id", streamId);
        Checks.id("Param.n.task_id", taskId);
        Checks.check(taskId.length() <= 20 && taskId.chars().allMatch(c -> c >= '0' && c <= '9')
                && new BigInteger(taskId).compareTo(MAX_UNSIGNED_64) <= 0, "Param.n.task_id",
                "must be an unsigned 64-bit integer in decimal digits");
    }

    /**
     * @param streamId the stream
     * @param taskId the task id Live_Tape_Start returned: an unsigned 64-bit integer in decimal digits (kept as text so
     *         that values above 2^63 survive)
     * @return stop a task
     */
    public static StopRecordingRequest of(String streamId, String taskId) {
        return new StopRecordingRequest(streamId, taskId, null);
    }
}
