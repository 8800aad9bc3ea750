package dev.lvb.core.error;

import java.util.Optional;

/** The documented {@code code} values of cloud stream mixing (2018-19 documentation). */
public enum LvbMixErrorCode implements LvbDocumentedCode {
    /** Code {@code -1}: bad JSON, wrong interface or empty input list. */
    BAD_REQUEST(-1, "bad JSON, wrong interface or empty input list"),
    /** Code {@code -2}: bad parameters (app id or event id 0, overflow). */
    BAD_PARAMETERS(-2, "bad parameters (app id or event id 0, overflow)"),
    /** Code {@code -3}: input stream count outside 1-16. */
    INPUT_COUNT_OUT_OF_RANGE(-3, "input stream count outside 1-16"),
    /** Code {@code -4}: bad stream parameters (sizes 0-3000, missing layout, input type, id length). */
    BAD_STREAM_PARAMETERS(-4, "bad stream parameters (sizes 0-3000, missing layout, input type, id length)"),
    /** Code {@code -11}: image layer count, duplicate or range error. */
    LAYER_ERROR(-11, "image layer count, duplicate or range error"),
    /** Code {@code -20}: inputs do not match the template, or bad colour. */
    TEMPLATE_MISMATCH(-20, "inputs do not match the template, or bad colour"),
    /** Code {@code -21}: fewer than 2 inputs. */
    TOO_FEW_INPUTS(-21, "fewer than 2 inputs"),
    /** Code {@code -28}: cannot get the background size (canvas size, or background not pushed yet). */
    BACKGROUND_SIZE_UNKNOWN(-28, "cannot get the background size (canvas size, or background not pushed yet)"),
    /** Code {@code -29}: crop out of range. */
    CROP_OUT_OF_RANGE(-29, "crop out of range"),
    /** Code {@code -33}: watermark id missing. */
    WATERMARK_ID_MISSING(-33, "watermark id missing"),
    /** Code {@code -34}: watermark URL lookup failed. */
    WATERMARK_LOOKUP_FAILED(-34, "watermark URL lookup failed"),
    /** Code {@code -111}: output_stream_id does not fit output_stream_type. */
    OUTPUT_TYPE_MISMATCH(-111, "output_stream_id does not fit output_stream_type"),
    /** Code {@code -300}: output stream already used by another mix. */
    OUTPUT_STREAM_IN_USE(-300, "output stream already used by another mix"),
    /** Code {@code -505}: input stream not found (push first, wait 5 s, check appid). */
    INPUT_STREAM_NOT_FOUND(-505, "input stream not found (push first, wait 5 s, check appid)"),
    /** Code {@code -507}: stream size lookup failed. */
    SIZE_LOOKUP_FAILED(-507, "stream size lookup failed"),
    /** Code {@code -508}: same session with a different output stream id. */
    SESSION_OUTPUT_CONFLICT(-508, "same session with a different output stream id"),
    /** Code {@code -10031}: mix trigger failed. */
    MIX_TRIGGER_FAILED(-10031, "mix trigger failed"),
    /** Code {@code -30300}: cancel: unknown session. */
    CANCEL_UNKNOWN_SESSION(-30300, "cancel: unknown session"),
    /** Code {@code -31001}: cancel: unknown session. */
    CANCEL_UNKNOWN_SESSION_1(-31001, "cancel: unknown session"),
    /** Code {@code -31002}: cancel: unknown session. */
    CANCEL_UNKNOWN_SESSION_2(-31002, "cancel: unknown session"),
    /** Code {@code -31003}: cancel: output stream id is not the session's. */
    CANCEL_OUTPUT_MISMATCH(-31003, "cancel: output stream id is not the session's"),
    /** Code {@code -31004}: output bitrate outside 1-50000. */
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

    @Override
    public int value() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * @param code a mixing {@code code}
     * @return the documented code, if it is one
     */
    public static Optional<LvbMixErrorCode> of(int code) {
        return LvbDocumentedCode.find(LvbMixErrorCode.class, code);
    }
}
