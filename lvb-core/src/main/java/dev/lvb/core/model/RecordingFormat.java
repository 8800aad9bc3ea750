package dev.lvb.core.model;

/** {@code Param.s.file_format} of Live_Tape_Start. */
public enum RecordingFormat {
    /** FLV files. */
    FLV,
    /** HLS: an m3u8 playlist and TS segments. */
    HLS,
    /** MP4 files. */
    MP4,
    /** AAC audio; needs {@link RecordType#AUDIO}. */
    AAC;

    /** @return the wire value */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
