package dev.lvb.core.model;

/** {@code output_stream_type}. */
public enum MixOutputType {
    /** 0: the output is one of the inputs (usually the background). */
    ONE_OF_INPUTS(0),
    /** 1: the output is a new stream id, neither an input nor an existing stream. */
    NEW_STREAM(1);

    private final int code;

    MixOutputType(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }
}
