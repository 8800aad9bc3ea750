package dev.lvb.simulator;

/**
 * Why a push ended: the {@code errcode}/{@code errmsg} of the stream-end notification (event_type 0).
 * The first five are LVB's documented codes; the administrative kicks use a code LVB does not document (it
 * calls every other code "internal"), so clients should not depend on it.
 */
public enum DisconnectReason {
    /** 1: the anchor stopped (the normal end). */
    DELETE_STREAM(1, "recv rtmp deleteStream"),
    /** 2: the anchor stopped. */
    CLOSE_STREAM(2, "recv rtmp closeStream"),
    /** 3: the anchor closed the TCP connection. */
    TCP_CLOSED(3, "recv return 0"),
    /** 4: TCP error. */
    TCP_ERROR(4, "recv return error"),
    /** 7: an RTMP message larger than 1 MB. */
    MESSAGE_TOO_LARGE(7, "rtmp message large than 1M"),
    /** Kicked by Live_Channel_SetStatus status 2 (simulator code 10). */
    DROPPED(10, "stream dropped by Live_Channel_SetStatus"),
    /** Kicked by Live_Channel_SetStatus status 0 (simulator code 10). */
    DISABLED(10, "stream disabled by Live_Channel_SetStatus"),
    /** Kicked by channel_manager forbid (simulator code 10). */
    FORBIDDEN(10, "stream forbidden by channel_manager");

    private final int errcode;
    private final String errmsg;

    DisconnectReason(int errcode, String errmsg) {
        this.errcode = errcode;
        this.errmsg = errmsg;
    }

    /** @return the notification's {@code errcode} */
    public int errcode() {
        return errcode;
    }

    /** @return the notification's {@code errmsg} */
    public String errmsg() {
        return errmsg;
    }
}
