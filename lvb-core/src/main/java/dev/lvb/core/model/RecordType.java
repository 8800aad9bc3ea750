package dev.lvb.core.model;

/** {@code Param.s.record_type} of Live_Tape_Start. */
public enum RecordType {
    /** Audio and video (flv, hls, mp4). */
    VIDEO,
    /** Audio only (aac, flv, hls, mp4). */
    AUDIO;

    /** @return the wire value */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
