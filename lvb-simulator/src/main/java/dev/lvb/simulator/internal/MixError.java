package dev.lvb.simulator.internal;

import dev.lvb.core.error.LvbMixErrorCode;

/** A mixing refusal: becomes {@code {"code":code,"message":...}}. */
public final class MixError extends RuntimeException {

    private final int code;

    public MixError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public MixError(LvbMixErrorCode code, String detail) {
        this(code.code(), code.description() + (detail == null ? "" : ": " + detail));
    }

    public int code() {
        return code;
    }
}
