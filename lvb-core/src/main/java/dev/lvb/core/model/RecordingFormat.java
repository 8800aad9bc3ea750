package dev.lvb.core.model;

/** {@code Param.s.file_format} of Live_Tape_Start. */
public enum RecordingFormat {
    FLV, HLS, MP4, AAC;

    /** @return the wire value */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static RecordingFormat of(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.lvb.core.error.LvbValidationException("Param.s.file_format",
                    "must be flv, hls, mp4 or aac, got '" + wire + "'");
        }
    }
}
