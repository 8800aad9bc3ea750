package dev.lvb.core.model;

/** What Live_Channel_SetStatus does to a stream ({@code Param.n.status}). */
public enum StreamAction {
    /** 0: kick the current push and refuse new ones (LVB limits a ban to about 7 days). */
    BAN(0),
    /** 1: allow pushing again. */
    ALLOW(1),
    /** 2: kick the current push but allow the pusher to reconnect. */
    DROP(2);

    private final int code;

    StreamAction(int code) {
        this.code = code;
    }

    /** @return the wire value */
    public int code() {
        return code;
    }

    /**
     * @param code the wire value
     * @return the action for a wire value
     */
    public static StreamAction of(int code) {
        for (StreamAction a : values()) {
            if (a.code == code) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown Live_Channel_SetStatus status " + code);
    }
}
