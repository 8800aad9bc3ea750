package dev.lvb.core.model;

/** {@code Param.n.task_sub_type} of the recording APIs. */
public enum RecordingMode {
    /** 0: record between a start and an end time. */
    SCHEDULED(0),
    /** 1: record from now ("highlight" recording), until the end time (at most 30 minutes ahead). */
    REALTIME(1);

    private final int code;

    RecordingMode(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }
}
