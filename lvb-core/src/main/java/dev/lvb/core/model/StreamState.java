package dev.lvb.core.model;

/** The push state Live_Channel_GetStatus reports ({@code status}). */
public enum StreamState {
    /** 0: no push at the moment (断流). */
    INTERRUPTED(0),
    /** 1: a push is live (开启). */
    LIVE(1),
    /** 3: pushing is disabled (关闭 / banned). */
    DISABLED(3),
    /** Any other value LVB may send. */
    UNKNOWN(-1);

    private final int code;

    StreamState(int code) {
        this.code = code;
    }

    /** @return the wire value ({@code -1} for {@link #UNKNOWN}) */
    public int code() {
        return code;
    }

    /**
     * @param code the wire value, or {@code null}
     * @return the state for a wire value
     */
    public static StreamState of(Integer code) {
        if (code != null) {
            for (StreamState s : values()) {
                if (s.code == code && s != UNKNOWN) {
                    return s;
                }
            }
        }
        return UNKNOWN;
    }
}
