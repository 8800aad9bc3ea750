package dev.lvb.simulator.internal;

/** A business error of a common-envelope API: becomes {@code {"ret":ret,"retcode":ret,"message":...}}. */
public final class ApiError extends RuntimeException {

    /** Statistics back end: invalid input parameter. */
    public static final int STAT_INVALID_PARAM = 1204;
    /** Statistics back end: no data in the range. */
    public static final int STAT_NO_DATA = 10003;
    /** Live_Channel_GetStatus: the stream was never pushed. */
    public static final int NEVER_PUSHED = 20601;
    /** The simulator's code for an invalid parameter of an fcgi API (LVB documents none). */
    public static final int FCGI_INVALID_PARAM = 1;
    /** The simulator's code for an unknown {@code interface} (LVB documents none). */
    public static final int UNKNOWN_INTERFACE = -1;

    private final int ret;

    public ApiError(int ret, String message) {
        super(message, null, false, false);
        this.ret = ret;
    }

    public int ret() {
        return ret;
    }
}
