package dev.lvb.core.model;

/** {@code Param.s.file_format} of Live_Tape_Start. */
public enum RecordingFormat {
    FLV, HLS, MP4, AAC;

    /** @return the wire value */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
