package dev.lvb.core.error;

import java.util.Optional;

/** The documented {@code code} values of cloud stream mixing (2018-19 documentation). */
public enum LvbMixErrorCode {
    BAD_REQUEST(-1, "bad JSON, wrong interface or empty input list"),
    BAD_PARAMETERS(-2, "bad parameters (app id or event id 0, overflow)"),
    INPUT_COUNT_OUT_OF_RANGE(-3, "input stream count outside 1-16"),
    BAD_STREAM_PARAMETERS(-4, "bad stream parameters (sizes 0-3000, missing layout, input type, id length)"),
    LAYER_ERROR(-11, "image layer count, duplicate or range error"),
    TEMPLATE_MISMATCH(-20, "inputs do not match the template, or bad colour"),
    TOO_FEW_INPUTS(-21, "fewer than 2 inputs"),
    BACKGROUND_SIZE_UNKNOWN(-28, "cannot get the background size (canvas size, or background not pushed yet)"),
    CROP_OUT_OF_RANGE(-29, "crop out of range"),
    WATERMARK_ID_MISSING(-33, "watermark id missing"),
    WATERMARK_LOOKUP_FAILED(-34, "watermark URL lookup failed"),
    OUTPUT_TYPE_MISMATCH(-111, "output_stream_id does not fit output_stream_type"),
    OUTPUT_STREAM_IN_USE(-300, "output stream already used by another mix"),
    INPUT_STREAM_NOT_FOUND(-505, "input stream not found (push first, wait 5 s, check appid)"),
    SIZE_LOOKUP_FAILED(-507, "stream size lookup failed"),
    SESSION_OUTPUT_CONFLICT(-508, "same session with a different output stream id"),
    MIX_TRIGGER_FAILED(-10031, "mix trigger failed"),
    CANCEL_UNKNOWN_SESSION(-30300, "cancel: unknown session"),
    CANCEL_UNKNOWN_SESSION_1(-31001, "cancel: unknown session"),
    CANCEL_UNKNOWN_SESSION_2(-31002, "cancel: unknown session"),
    CANCEL_OUTPUT_MISMATCH(-31003, "cancel: output stream id is not the session's"),
    BITRATE_OUT_OF_RANGE(-31004, "output bitrate outside 1-50000");

    private final int code;
    private final String description;

    LvbMixErrorCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** @return the mixing {@code code} */
    public int code() {
        return code;
    }

    /** @return the documented meaning */
    public String description() {
        return description;
    }

    /**
     * @param code a mixing {@code code}
     * @return the documented code, if it is one
     */
    public static Optional<LvbMixErrorCode> of(int code) {
        for (LvbMixErrorCode c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
